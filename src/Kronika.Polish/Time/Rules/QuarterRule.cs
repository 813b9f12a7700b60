namespace Kronika.Polish.Time.Rules;

/// <summary>
/// A quarter of a year by its number: <c>trzeci kwartał</c>, <c>w IV kwartale 2018 r.</c>, <c>4ty kwartał</c>,
/// <c>pierwszego kwartału tego roku</c> (2013-Q1; the document's year when none is named).
/// </summary>
public sealed class QuarterRule : ITimeRule
{
    private static readonly RelativePeriodRule YearPhrase = new();

    public TimeMatch? Match(TimeTokens t, int i)
    {
        int? quarter = t.Ordinal(i, out int at) ?? t.Day(i) ?? (t.IsUpper(i) ? t.Lexicon.Number("romanmonth", t.Lower(i)) : null);
        if (at == i)
        {
            at = i + 1;
        }

        if (quarter is not (>= 1 and <= 4) || t.EntryText(at, "unit") != "Q" || t.Tag(at).Contains(":pl:", StringComparison.Ordinal))
        {
            return null;
        }

        int end = at + 1;
        if (t.Year(end) is { } year)
        {
            return new TimeMatch(i, t.SkipYearWord(end + 1), new QuarterDate(quarter.Value, year, 0));
        }

        return YearPhrase.Match(t, end) is { Meaning: DeicticDate { Granularity: Granularity.Year, Offset: var offset } } phrase
            ? new TimeMatch(i, phrase.End, new QuarterDate(quarter.Value, null, offset))
            : new TimeMatch(i, end, new QuarterDate(quarter.Value, null, 0));
    }
}
