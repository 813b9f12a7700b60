using Kronika.Polish.Knowledge;

namespace Kronika.Polish.Names;

/// <summary>The word lists the name recogniser's features consult: known names, and cue words around names.</summary>
public sealed record NameLexicons(NameGazetteer Gazetteer, NameCueWords Cues)
{
    /// <summary>The lists of <c>data/ner-gazetteer/</c>, <c>data/ner-organization-heads.txt</c> and the knowledge base.</summary>
    public static NameLexicons Load(KnowledgeBase knowledge) => new(NameGazetteer.Load(knowledge), NameCueWords.Load(knowledge));
}
