namespace Kronika.Polish.Time.Rules;

/// <summary>
/// Days named from the document date: <c>wczoraj</c>, <c>przedwczoraj</c>, <c>dziś</c>, <c>jutro</c>, <c>wczorajszy</c>,
/// and counted from such a day: <c>po jutrze</c> (the day after tomorrow), <c>dzień przed wczoraj</c>, <c>dwa dni po jutrze</c>.
/// </summary>
public sealed class RelativeDayRule : ITimeRule
{
    public TimeMatch? Match(TimeTokens t, int i)
    {
        if (t.EntryNumber(i, "relday") is { } offset)
        {
            // "w dzisiejszych czasach", "w dzisiejszym świecie", "dzisiejszym politykom": today's in the plural or
            // before a noun of an age is "nowadays", no one day.
            bool adjective = t.Tag(i).StartsWith("adj", StringComparison.Ordinal);
            if (offset == 0 && adjective && (t.Tag(i).Contains(":pl:", StringComparison.Ordinal) || t.Entry(i + 1, "nowadays") is not null))
            {
                return new TimeMatch(i, i + 1, new FixedValue(Kronika.Core.Text.TimeType.Date, "PRESENT_REF"));
            }

            return new TimeMatch(i, i + 1, new DeicticDate(Granularity.Day, offset));
        }

        // "dzień po jutrze", "po jutrze": an amount of days (one by default) after tomorrow or before yesterday.
        int days = 1;
        int at = i;
        if (OffsetRule.Amount(t, i) is ({ } count, Granularity.Day, int end))
        {
            days = count;
            at = end;
        }

        int sign = t.Is(at, "po") ? 1 : t.Is(at, "przed") ? -1 : 0;
        // Only the adverb or noun ("po jutrze"), not the adjective ("po jutrzejszym spotkaniu"), and only away from today.
        if (sign == 0 || t.EntryNumber(at + 1, "relday") is not { } from || Math.Sign(from) != sign || t.Tag(at + 1).StartsWith("adj", StringComparison.Ordinal))
        {
            return null;
        }

        return new TimeMatch(i, at + 2, new DeicticDate(Granularity.Day, from + (sign * days)));
    }
}
