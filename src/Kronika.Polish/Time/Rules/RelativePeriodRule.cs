namespace Kronika.Polish.Time.Rules;

/// <summary>
/// Weeks, months and years named from the document date: <c>w zeszłym tygodniu</c>, <c>tego roku</c>,
/// <c>w przyszłym miesiącu</c> (determiner + unit), and adjectives such as <c>zeszłoroczny</c> in any form.
/// </summary>
public sealed class RelativePeriodRule : ITimeRule
{
    public TimeMatch? Match(TimeTokens t, int i)
    {
        if (t.Entry(i, "reladj") is [{ } unit, { } offsetText] && CalendarValue.FromUnit(unit) is { } adjective)
        {
            return new TimeMatch(i, i + 1, new DeicticDate(adjective, int.Parse(offsetText, System.Globalization.CultureInfo.InvariantCulture)));
        }

        // "ten weekend", "w przyszły weekend": a weekend is named like a week.
        if (t.EntryNumber(i, "reldet") is { } weekendOffset && t.Entry(i + 1, "weekend") is not null)
        {
            return new TimeMatch(i, i + 2, new DeicticDate(Granularity.Weekend, weekendOffset));
        }

        if (t.EntryNumber(i, "reldet") is not { } offset || t.EntryText(i + 1, "unit") is not { } unitName
            || CalendarValue.FromUnit(unitName) is not { } granularity || granularity == Granularity.Day)
        {
            return null;
        }

        // "ostatni rok" or "kolejny rok" with a number ("ostatnie dwa lata") is a duration, not this rule.
        return new TimeMatch(i, i + 2, new DeicticDate(granularity, offset));
    }
}
