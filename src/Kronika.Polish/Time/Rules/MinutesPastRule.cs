using Kronika.Core.Text;

namespace Kronika.Polish.Time.Rules;

/// <summary>
/// Minutes counted from an hour: <c>kwadrans po trzeciej</c> (T15:15), <c>20 po 3</c>, <c>pół po trzeciej</c>,
/// <c>kwadrans do południa</c> (T11:45), <c>kwadrans przed 12stej</c>, <c>wpół do szesnastej</c> (T15:30). The hour
/// follows <see cref="HourOfDayRule"/>: 1–6 with no part of day is in the afternoon. Minutes in numbers are said in
/// fives ("20 po 3"); "od 1 do 3" is a range.
/// </summary>
public sealed class MinutesPastRule : ITimeRule
{
    public TimeMatch? Match(TimeTokens t, int i)
    {
        int minutes;
        int at;
        // "wpół do szesnastej", "w pół do": half an hour before the hour.
        if (t.Is(i, "wpół") || (t.Is(i, "w") && t.EntryText(i + 1, "fraction") == "0.5"))
        {
            at = t.Is(i, "wpół") ? i + 1 : i + 2;
            return t.Is(at, "do") && Hour(t, at + 1, out int halfEnd) is { } half
                ? new TimeMatch(i, halfEnd, new TimeOfDay(HourOfDayRule.Format((half + 23) % 24, 30)))
                : null;
        }

        if (t.EntryNumber(i, "minutes") is { } named)
        {
            minutes = named;
            at = i + 1;
        }
        else if (t.TryNumber(i, out int? count, out int end) && count is > 0 and < 60 && count % 5 == 0 && !t.Is(i - 1, "od", "z", "ze"))
        {
            minutes = count.Value;
            at = end;
        }
        else
        {
            return null;
        }

        int sign = t.Is(at, "po") ? 1 : t.Is(at, "do", "przed") ? -1 : 0;
        if (sign == 0 || Hour(t, at + 1, out int hourEnd) is not { } hour)
        {
            return null;
        }

        int total = ((hour * 60) + (sign * minutes) + (24 * 60)) % (24 * 60);
        return new TimeMatch(i, hourEnd, new TimeOfDay(HourOfDayRule.Format(total / 60, total % 60)));
    }

    /// <summary>The hour after "po" or "do": noon ("południa", "południem") or an hour no noun follows.</summary>
    private static int? Hour(TimeTokens t, int i, out int end)
    {
        end = i + 1;
        if (t.Lemma(i) == "południe" || t.Lower(i) is "poludnia" or "poludniem")
        {
            return 12;
        }

        return HourOfDayRule.Hour(t, i, out end, out _) is { } hour && t.Kind(end) != TokenKind.Word ? HourOfDayRule.Afternoon(hour) : null;
    }
}
