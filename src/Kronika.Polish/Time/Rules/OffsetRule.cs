namespace Kronika.Polish.Time.Rules;

/// <summary>
/// Amounts of time counted from a point: <c>przed dwoma laty</c>, <c>dwa lata temu</c>, <c>za trzy dni</c>,
/// <c>za tydzień</c> (from the document date) and <c>dzień wcześniej</c>, <c>tydzień później</c>,
/// <c>dwa dni później</c> (from the last date of the discourse).
/// </summary>
public sealed class OffsetRule : ITimeRule
{
    public TimeMatch? Match(TimeTokens t, int i)
    {
        if (t.Is(i, "przed", "za"))
        {
            int sign = t.Is(i, "przed") ? -1 : 1;
            if (Amount(t, i + 1) is ({ } amount, { } granularity, int end))
            {
                return new TimeMatch(i, end, new DeicticDate(granularity, sign * amount));
            }

            return null;
        }

        if (Amount(t, i) is not ({ } count, { } unit, int after))
        {
            return null;
        }

        if (t.EntryNumber(after, "direction") is not { } direction)
        {
            return null;
        }

        if (t.Is(after, "temu"))
        {
            return new TimeMatch(i, after + 1, new DeicticDate(unit, -count));
        }

        int days = unit switch
        {
            Granularity.Day => count,
            Granularity.Week => 7 * count,
            _ => int.MinValue,
        };
        return days == int.MinValue
            ? new TimeMatch(i, after + 1, new DeicticDate(unit, direction * count)) // "rok później": relative to the document, as a fallback
            : new TimeMatch(i, after + 1, new AnaphoricDate(direction * days, false));
    }

    /// <summary>"dwa lata", "24 lat", "tydzień" (one): the number, the unit's granularity and the index after.</summary>
    internal static (int? Count, Granularity? Unit, int End) Amount(TimeTokens t, int i)
    {
        int? count = 1;
        int unitAt = i;
        if (t.TryNumber(i, out int? value, out int end))
        {
            if (value is null)
            {
                return (null, null, i);
            }

            count = value;
            unitAt = end;
        }
        else if (t.Tag(i).Contains(":pl:", StringComparison.Ordinal))
        {
            return (null, null, i); // "przed laty": many years, not one
        }

        return t.EntryText(unitAt, "unit") is { } unit && CalendarValue.FromUnit(unit) is { } granularity
            ? (count, granularity, unitAt + 1)
            : (null, null, i);
    }
}
