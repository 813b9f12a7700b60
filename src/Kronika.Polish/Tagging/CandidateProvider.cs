using Kronika.Core.Text;
using Kronika.Polish.Morphology;

namespace Kronika.Polish.Tagging;

/// <summary>
/// The analyses the tagger may choose from for one token: punctuation, numbers and links get their tag
/// from the tokenizer's kind; words get the dictionary's analyses (plus the supplementary readings of <c>data/extra-readings.txt</c>),
/// else the guesser's, else <c>ign</c>.
/// Results for frequent forms are cached (bounded, so that hostile input cannot grow it without end).
/// </summary>
public sealed class CandidateProvider(IWordAnalyzer dictionary, IWordAnalyzer? guesser, IWordAnalyzer? supplement = null)
{
    private const int MaxCacheEntries = 300_000;

    /// <summary>Words, whatever their kind: the first kind a form is seen with decides its analyses.</summary>
    private readonly FormCache _cache = new(MaxCacheEntries);

    /// <summary>Forms whose tag their token kind gives (<see cref="TagOfKind"/>), one cache per tag.</summary>
    private readonly FormCache _punctuation = new(MaxCacheEntries);
    private readonly FormCache _numbers = new(MaxCacheEntries);
    private readonly FormCache _links = new(MaxCacheEntries);

    public MorphAnalysis[] For(string form, TokenKind kind) =>
        TagOfKind(kind) is { } byKind ? [new MorphAnalysis(form, byKind.Tag)] : Cached(form, kind).Analyses;

    /// <summary>
    /// The analyses of <paramref name="form"/> with the place the tagger keeps its own per-form values in; a
    /// cached form is found by its span, without making a string. Punctuation, numbers and links are cached
    /// too (by tag), so that their entries and the tagger's values for them are made once per form.
    /// </summary>
    internal CandidateEntry Entry(ReadOnlySpan<char> form, TokenKind kind) => Entry(form, kind, FormCache.HashOf(form));

    /// <summary>
    /// <see cref="Entry(ReadOnlySpan{char}, TokenKind)"/> of each token of <paramref name="tokens"/> in
    /// <paramref name="text"/>: every token's cache slot is asked for (prefetch) before any is read.
    /// </summary>
    internal void Entries(string text, ReadOnlySpan<Token> tokens, Span<CandidateEntry> entries)
    {
        Span<int> hashes = tokens.Length <= 512 ? stackalloc int[tokens.Length] : new int[tokens.Length];
        for (int k = 0; k < tokens.Length; k++)
        {
            hashes[k] = FormCache.HashOf(text.AsSpan(tokens[k].Start, tokens[k].Length));
            (TagOfKind(tokens[k].Kind)?.Cache ?? _cache).Prefetch(hashes[k]);
        }

        for (int k = 0; k < tokens.Length; k++)
        {
            entries[k] = Entry(text.AsSpan(tokens[k].Start, tokens[k].Length), tokens[k].Kind, hashes[k]);
        }
    }

    private CandidateEntry Entry(ReadOnlySpan<char> form, TokenKind kind, int hash)
    {
        if (TagOfKind(kind) is (string tag, FormCache cache))
        {
            if (cache.TryGetValue(form, hash, out CandidateEntry? kept))
            {
                return kept;
            }

            string text = form.ToString();
            return cache.GetOrAdd(new CandidateEntry(text, [new MorphAnalysis(text, tag)]));
        }

        return _cache.TryGetValue(form, hash, out CandidateEntry? cached) ? cached : Cached(form.ToString(), kind);
    }

    /// <summary>
    /// The tag that the token kind alone gives (punctuation, numbers, links), with the cache of such forms;
    /// null for words.
    /// </summary>
    private (string Tag, FormCache Cache)? TagOfKind(TokenKind kind) => kind switch
    {
        TokenKind.Punctuation or TokenKind.Quote or TokenKind.Dash => ("interp", _punctuation),
        TokenKind.Number or TokenKind.Date or TokenKind.Time => ("dig", _numbers),
        TokenKind.Url or TokenKind.Email or TokenKind.Hashtag or TokenKind.Mention => ("ign", _links),
        _ => null,
    };

    private CandidateEntry Cached(string form, TokenKind kind) =>
        _cache.TryGetValue(form, out CandidateEntry? cached) ? cached : _cache.GetOrAdd(new CandidateEntry(form, Compute(form, kind)));

    /// <summary>The token kind of a form from a corpus that was tokenised elsewhere (NKJP, UD).</summary>
    public static TokenKind KindOf(string form)
    {
        bool anyLetter = false, allDigits = form.Length > 0;
        foreach (char c in form)
        {
            anyLetter |= char.IsLetter(c);
            allDigits &= char.IsDigit(c) || c is ',' or '.';
        }

        return allDigits && char.IsDigit(form[0]) ? TokenKind.Number : anyLetter || form.Length == 0 ? TokenKind.Word : TokenKind.Punctuation;
    }

    private MorphAnalysis[] Compute(string form, TokenKind kind)
    {
        IReadOnlyList<MorphAnalysis> found = dictionary.Analyze(form);
        if (found.Count == 0 && form.Length > 1 && form[^1] == '.' && kind is TokenKind.Abbreviation or TokenKind.Initial)
        {
            found = dictionary.Analyze(form[..^1]);
        }

        if (found.Count == 0 && guesser is not null && kind is TokenKind.Word)
        {
            found = guesser.Analyze(form);
        }

        IReadOnlyList<MorphAnalysis> extra = supplement?.Analyze(form) ?? [];
        if (found.Count == 0 && extra.Count == 0)
        {
            return [new MorphAnalysis(form, kind == TokenKind.Symbol ? "interp" : "ign")];
        }

        return [.. found, .. extra.Where(e => !found.Contains(e))];
    }
}

/// <summary>
/// A form's candidate analyses, and what the tagger computes from the form once (<see cref="WordFeatures"/>),
/// kept side by side so that one cache lookup per token finds both.
/// </summary>
internal sealed class CandidateEntry(string form, MorphAnalysis[] analyses)
{
    public string Form { get; } = form;

    public MorphAnalysis[] Analyses { get; } = analyses;

    /// <summary>Set by the tagger on first use; a reference, so that threads racing to set it each see a whole value.</summary>
    public WordFeatures? Features { get; set; }
}
