using Kronika.Core.Text;

namespace Kronika.Polish.Time.Rules;

/// <summary>
/// Durations packed into an adjective: <c>dwudniowy</c> (P2D), <c>3-miesięczny</c> (P3M), <c>12-letni</c> (P12Y),
/// <c>wieloletni</c>, <c>kilkuminutowy</c> (an unknown amount), <c>3 miesięczne</c> (the number apart). The number
/// prefixes and unit endings are in the lexicon. An age is not a duration: <c>43-letni mieszkaniec</c>, <c>29-letni Enric</c>
/// (a person or a name follows) are left out.
/// </summary>
public sealed class DurationAdjectiveRule : ITimeRule
{
    public TimeMatch? Match(TimeTokens t, int i)
    {
        if (t.Digits(i) is { } apart && t.Kind(i + 1) == TokenKind.Word && t.Lexicon.Text("durationadj", StemKey(t.Lower(i + 1).AsSpan())) is { } unitApart)
        {
            return IsAge(t, i + 1) ? null : new TimeMatch(i, i + 2, new FixedValue(TimeType.Duration, DurationRule.Format(apart.ToString(System.Globalization.CultureInfo.InvariantCulture), unitApart)));
        }

        if (t.Kind(i) != TokenKind.Word || !t.Tag(i).StartsWith("adj", StringComparison.Ordinal) && !t.Lower(i).Contains('-', StringComparison.Ordinal))
        {
            return null;
        }

        string lemma = t.Lemma(i);
        string form = t.Lower(i);
        foreach (string candidate in (ReadOnlySpan<string>)[lemma, form])
        {
            // A stem the lexicon knows is part of the word: without one, no cut can find it.
            if (!t.Lexicon.HasDurationStem(candidate))
            {
                continue;
            }

            for (int cut = 1; cut < candidate.Length - 3; cut++)
            {
                ReadOnlySpan<char> stem = candidate.AsSpan(cut);
                if (!t.Lexicon.Contains("durationadj", StemKey(stem)))
                {
                    continue;
                }

                string prefix = candidate[..cut].TrimEnd('-');
                string? amount = prefix.All(char.IsAsciiDigit) && prefix.Length is > 0 and < 4 ? prefix : t.Lexicon.Text("numberprefix", prefix);
                if (amount is not null && t.Lexicon.Text("durationadj", StemKey(stem)) is { } unit)
                {
                    if (unit == "Y" && IsAge(t, i))
                    {
                        return null;
                    }

                    return new TimeMatch(i, i + 1, new FixedValue(TimeType.Duration, DurationRule.Format(amount, unit)));
                }
            }
        }

        return null;
    }

    /// <summary>"43-letni mieszkaniec", "29-letni Enric": the years of a person (a masculine-personal noun or a name follows).</summary>
    private static bool IsAge(TimeTokens t, int i) =>
        t.Tag(i + 1).Contains(":m1", StringComparison.Ordinal) || (t.IsCapitalizedInside(i + 1) && t.Kind(i + 1) == TokenKind.Word);

    // Adjective endings vary (-letni, -letniego, -letnią); the lexicon lists stems without them.
    private static ReadOnlySpan<char> StemKey(ReadOnlySpan<char> word)
    {
        foreach (string ending in (ReadOnlySpan<string>)["iego", "iej", "ich", "imi", "im", "ią", "ie", "i", "ego", "ej", "ych", "ymi", "ym", "ą", "e", "y", "a"])
        {
            if (word.Length > ending.Length + 3 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }
}
