using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Pipeline;
using Kronika.Core.Text;

namespace Kronika.Polish.Tagging;

/// <summary>Pipeline component: one lemma and NKJP tag per token, chosen in context sentence by sentence.</summary>
public sealed class PolishTagger(CandidateProvider candidates, PerceptronTagger model) : IPipelineComponent
{
    public string Name => "pl.tagger";

    public IReadOnlyList<Layer> Reads { get; } = [Layer.Tokens, Layer.Sentences];

    public IReadOnlyList<Layer> Writes { get; } = [Layer.Morphology];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ImmutableArray<Token> tokens = document.Tokens;
        var analyses = new MorphAnalysis[tokens.Length];
        foreach (Sentence sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var forms = new string[sentence.TokenCount];
            var kinds = new TokenKind[sentence.TokenCount];
            for (int i = 0; i < forms.Length; i++)
            {
                Token token = tokens[sentence.FirstToken + i];
                forms[i] = document.TextOf(token);
                kinds[i] = token.Kind;
            }

            MorphAnalysis[] chosen = TagWords(forms, kinds);
            chosen.CopyTo(analyses, sentence.FirstToken);
        }

        // Tokens outside any sentence (none with a well-behaved splitter) still get an analysis.
        for (int i = 0; i < analyses.Length; i++)
        {
            if (analyses[i].Tag is null)
            {
                analyses[i] = candidates.For(document.TextOf(tokens[i]), tokens[i].Kind)[0];
            }
        }

        document.SetMorphology(ImmutableArray.Create(analyses));
    }

    /// <summary>Tags one sentence given as word forms and token kinds.</summary>
    public MorphAnalysis[] TagWords(IReadOnlyList<string> forms, IReadOnlyList<TokenKind> kinds)
    {
        var candidateLists = new MorphAnalysis[forms.Count][];
        for (int i = 0; i < forms.Count; i++)
        {
            candidateLists[i] = candidates.For(forms[i], kinds[i]);
        }

        var sentence = new TaggingSentence([.. forms], candidateLists);
        model.Tag(sentence);
        var result = new MorphAnalysis[forms.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = sentence.ChosenAnalysis(i);
        }

        return result;
    }
}
