using System.Globalization;

namespace Kronika.Polish.Time.Rules;

/// <summary>
/// Holidays on a fixed day: <c>w Wigilię</c>, <c>Boże Narodzenie</c>, <c>Wszystkich Świętych</c>, <c>Sylwester</c>
/// (a day of the document's year). The lexicon keys a holiday by the lemma of its first word, with the day and
/// the lemma of the word that must follow; "święto" before one and "Wigilia" before Christmas belong to it.
/// </summary>
public sealed class HolidayRule : ITimeRule
{
    public TimeMatch? Match(TimeTokens t, int i)
    {
        int at = t.Lemma(i) is "święto" or "święta" && Holiday(t, i + 1).Month is not null ? i + 1 : i;
        if (Holiday(t, at) is not ({ } month, { } day, int end))
        {
            return null;
        }

        // "Wigilia Bożego Narodzenia": the eve, not the feast.
        if (t.Lemma(at) == "wigilia" && Holiday(t, end) is ({ }, { }, int feastEnd))
        {
            end = feastEnd;
        }

        return new TimeMatch(i, end, new ExplicitDate(null, month, day));
    }

    private static (int? Month, int? Day, int End) Holiday(TimeTokens t, int i)
    {
        if (t.Entry(i, "holiday") is not [{ } date, .. var rest])
        {
            return (null, null, i);
        }

        // "Sylwester Nowak": a first name before a surname.
        if (rest.Length == 0 && t.IsCapitalizedInside(i + 1) && t.Entry(i + 1, "holiday") is null)
        {
            return (null, null, i);
        }

        int end = i + 1;
        if (rest is [{ } next])
        {
            if (t.Lemma(i + 1) != next)
            {
                return (null, null, i);
            }

            end++;
        }

        string[] parts = date.Split('-');
        return (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), end);
    }
}
