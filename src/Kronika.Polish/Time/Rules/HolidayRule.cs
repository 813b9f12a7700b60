namespace Kronika.Polish.Time.Rules;

/// <summary>
/// Holidays: fixed ones (<c>w Wigilię</c>, <c>Boże Narodzenie</c>, <c>Święto Pracy</c>, <c>Sylwester</c>), those counted
/// from Easter (<c>Wielki Piątek</c>, <c>Boże Ciało</c>, <c>Popielec</c>) and those on an n-th weekday. The lexicon keys a
/// holiday by the lemmas of its words joined by "+", with the rule of its day; "święto" before one and "Wigilia"
/// before Christmas belong to it. The year is the document's, or the next one's when the day has passed and the
/// sentence speaks of the future or has no verb, or the last one's when it is still ahead and the sentence speaks of the past.
/// </summary>
public sealed class HolidayRule : ITimeRule
{
    public TimeMatch? Match(TimeTokens t, int i)
    {
        int at = t.Lemma(i) is "święto" or "święta" && Holiday(t, i + 1).Rule is not null ? i + 1 : i;
        if (Holiday(t, at) is not ({ } rule, int end))
        {
            return null;
        }

        // "Wigilia Bożego Narodzenia": the eve, not the feast.
        if (t.Lemma(at) == "wigilia" && Holiday(t, end) is ({ }, int feastEnd))
        {
            end = feastEnd;
        }

        return new TimeMatch(i, end, new HolidayDate(rule));
    }

    private static (string? Rule, int End) Holiday(TimeTokens t, int i)
    {
        // Two words first ("Boże Ciało", "Święto Pracy"), then one ("Wielkanoc").
        foreach (int length in (ReadOnlySpan<int>)[3, 2])
        {
            if (Lookup(t, i, length) is [{ } twoWords, .. var flags] && Named(t, i, length, flags))
            {
                return (twoWords, i + length);
            }
        }

        // "Sylwester Nowak": a first name before a surname.
        if (t.Entry(i, "holiday") is not [{ } rule, .. var oneFlags] || !Named(t, i, 1, oneFlags)
            || (t.IsCapitalizedInside(i + 1) && Holiday(t, i + 1).Rule is null))
        {
            return (null, i);
        }

        return (rule, i + 1);
    }

    /// <summary>The holiday keyed by the lemmas of <paramref name="length"/> words from <paramref name="i"/>, joined by "+".</summary>
    private static string[]? Lookup(TimeTokens t, int i, int length) =>
        length == 3 ? t.Lexicon.Lookup("holiday", t.Lemma(i), t.Lemma(i + 1), t.Lemma(i + 2)) : t.Lexicon.Lookup("holiday", t.Lemma(i), t.Lemma(i + 1));

    /// <summary>A holiday flagged <c>capitalised</c> ("Nowy Rok", not "nowy rok") needs capitals on all its words.</summary>
    private static bool Named(TimeTokens t, int i, int length, string[] flags)
    {
        if (!flags.Contains("capitalised"))
        {
            return true;
        }

        for (int k = i; k < i + length; k++)
        {
            if (!t.StartsUpper(k))
            {
                return false;
            }
        }

        return true;
    }
}
