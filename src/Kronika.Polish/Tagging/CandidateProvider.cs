using System.Collections.Concurrent;
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
    private readonly BoundedCache<string, MorphAnalysis[]> _cache = new(MaxCacheEntries, StringComparer.Ordinal);

    public MorphAnalysis[] For(string form, TokenKind kind)
    {
        switch (kind)
        {
            case TokenKind.Punctuation or TokenKind.Quote or TokenKind.Dash:
                return [new MorphAnalysis(form, "interp")];
            case TokenKind.Number or TokenKind.Date or TokenKind.Time:
                return [new MorphAnalysis(form, "dig")];
            case TokenKind.Url or TokenKind.Email or TokenKind.Hashtag or TokenKind.Mention:
                return [new MorphAnalysis(form, "ign")];
        }

        if (_cache.TryGetValue(form, out MorphAnalysis[]? cached))
        {
            return cached;
        }

        MorphAnalysis[] result = Compute(form, kind);
        _cache.TryAdd(form, result);

        return result;
    }

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
