using Kronika.Core.Text;

namespace Kronika.Polish.Time.Rules;

/// <summary>
/// Durations packed into an adjective: <c>dwudniowy</c> (P2D), <c>3-miesięczny</c> (P3M), <c>12-letni</c> (P12Y),
/// <c>wieloletni</c>, <c>kilkuminutowy</c> (an unknown amount). The number prefixes and unit endings are in the lexicon.
/// </summary>
public sealed class DurationAdjectiveRule : ITimeRule
{
    public TimeMatch? Match(TimeTokens t, int i)
    {
        if (t.Kind(i) != TokenKind.Word || !t.Tag(i).StartsWith("adj", StringComparison.Ordinal) && !t.Lower(i).Contains('-', StringComparison.Ordinal))
        {
            return null;
        }

        string lemma = t.Lemma(i);
        string form = t.Lower(i);
        foreach (string candidate in (string[])[lemma, form])
        {
            for (int cut = 1; cut < candidate.Length - 3; cut++)
            {
                string prefix = candidate[..cut].TrimEnd('-');
                string stem = candidate[cut..];
                if (!t.Lexicon.Contains("durationadj", StemKey(stem)))
                {
                    continue;
                }

                string? amount = prefix.All(char.IsAsciiDigit) && prefix.Length is > 0 and < 4 ? prefix : t.Lexicon.Text("numberprefix", prefix);
                if (amount is not null && t.Lexicon.Text("durationadj", StemKey(stem)) is { } unit)
                {
                    return new TimeMatch(i, i + 1, new FixedValue(TimeType.Duration, DurationRule.Format(amount, unit)));
                }
            }
        }

        return null;
    }

    // Adjective endings vary (-letni, -letniego, -letnią); the lexicon lists stems without them.
    private static string StemKey(string word)
    {
        foreach (string ending in (string[])["iego", "iej", "ich", "imi", "im", "ią", "ie", "i", "ego", "ej", "ych", "ymi", "ym", "ą", "e", "y", "a"])
        {
            if (word.Length > ending.Length + 3 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }
}
