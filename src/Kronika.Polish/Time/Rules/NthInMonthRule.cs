namespace Kronika.Polish.Time.Rules;

/// <summary>
/// The n-th or last day, week or weekday of a month: <c>pierwszy wtorek października</c>, <c>trzeci wtorek we
/// wrześniu 2014</c>, <c>ostatni dzień października</c>, <c>pierwszy tydzień października</c> (the first whole week),
/// <c>ostatnia niedziela marca</c>.
/// </summary>
public sealed class NthInMonthRule : ITimeRule
{
    public TimeMatch? Match(TimeTokens t, int i)
    {
        // "w pierwszym tygodniu lipca": the preposition is taken along, so that the phrase outruns "w pierwszym tygodniu".
        if (t.Entry(i, "preposition") is not null && Nth(t, i + 1) is { } inner)
        {
            return inner with { Start = i };
        }

        return Nth(t, i);
    }

    private static TimeMatch? Nth(TimeTokens t, int i)
    {
        int n;
        int at;
        if (t.Entry(i, "last") is not null)
        {
            n = -1;
            at = i + 1;
        }
        else if (t.Ordinal(i, out at) is { } ordinal)
        {
            n = ordinal;
        }
        else
        {
            return null;
        }

        string? unit = t.EntryNumber(at, "weekday") is { } weekday && t.Kind(at) == Kronika.Core.Text.TokenKind.Word && !t.Tag(at).StartsWith("adj", StringComparison.Ordinal)
            ? weekday.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : t.EntryText(at, "unit") is "D" or "W" && !t.Tag(at).Contains(":pl:", StringComparison.Ordinal) ? t.EntryText(at, "unit") : null;
        if (unit is null || (unit != "D" && n > 5) || (unit == "W" && n > 5) || n > 31)
        {
            return null;
        }

        int monthAt = t.Is(at + 1, "w", "we") ? at + 2 : at + 1;
        if (t.Month(monthAt, out int end, out bool abbreviated) is not { } month || abbreviated)
        {
            return null;
        }

        int? year = t.Year(end);
        return new TimeMatch(i, year is null ? end : t.SkipYearWord(end + 1), new NthInMonth(n, unit, month, year));
    }
}
