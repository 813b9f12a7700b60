using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Kronika.Core;
using Kronika.Core.Text;
using Kronika.Polish.Tagging;

namespace Kronika.Polish;

/// <summary>
/// What the stages after the tagger read of every token of a document, computed once per document and
/// shared by them: the form, the lemma, both lower-cased, and the parsed tag. The name recogniser, the entity
/// resolver, the time tagger, the quotation finder and the event extractor each used to build these arrays
/// (the forms a string per token) for themselves.
/// A document's tokens and morphology are written once, so the view never goes stale; the lower-cased
/// arrays and the parsed tags are made on first use. Not thread-safe for one document (a document is processed by one thread).
/// </summary>
internal sealed class TokenView
{
    private static readonly ConditionalWeakTable<Document, TokenView> Views = [];

    private readonly ImmutableArray<MorphAnalysis> _morphology;
    private ParsedTag[]? _tags;
    private string[]? _lower;
    private string[]? _lowerLemmas;

    private TokenView(Document document)
    {
        ImmutableArray<Token> tokens = document.Tokens;
        _morphology = document.Morphology;
        int n = tokens.Length;
        Forms = new string[n];
        Lemmas = new string[n];
        for (int i = 0; i < n; i++)
        {
            Forms[i] = document.TextOf(tokens[i]);
            Lemmas[i] = _morphology[i].Lemma;
        }
    }

    /// <summary>The view of <paramref name="document"/>, whose morphology must be set.</summary>
    public static TokenView Of(Document document) => Views.GetValue(document, static d => new TokenView(d));

    /// <summary>The forms as written.</summary>
    public string[] Forms { get; }

    /// <summary>The lemmas as the tagger chose them.</summary>
    public string[] Lemmas { get; }

    /// <summary>The tags parsed (on first use: the name recogniser reads only the forms).</summary>
    public ParsedTag[] Tags => _tags ??= ParseTags(_morphology);

    /// <summary>The forms lower-cased (<see cref="LatinLower.Of(string)"/>).</summary>
    public string[] Lower => _lower ??= LowerCased(Forms);

    /// <summary>The lemmas lower-cased (<see cref="LatinLower.Of(string)"/>).</summary>
    public string[] LowerLemmas => _lowerLemmas ??= LowerCased(Lemmas);

    public int Count => Forms.Length;

    private static ParsedTag[] ParseTags(ImmutableArray<MorphAnalysis> morphology)
    {
        var tags = new ParsedTag[morphology.Length];
        for (int i = 0; i < tags.Length; i++)
        {
            tags[i] = NkjpTagset.Default.Parse(morphology[i].Tag);
        }

        return tags;
    }

    private static string[] LowerCased(string[] words)
    {
        var lower = new string[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            lower[i] = LatinLower.Of(words[i]);
        }

        return lower;
    }
}
