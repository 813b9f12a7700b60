using System.Globalization;
using Kronika.Core.Text;

namespace Kronika.Polish.Time.Rules;

/// <summary>
/// Recurring times: <c>codziennie</c>, <c>co tydzień</c>, <c>co dwa lata</c>, <c>każdego roku</c>, <c>raz w miesiącu</c>,
/// <c>dwa razy w tygodniu</c>, <c>co wieczór</c> (TEV), <c>w każdy wtorek</c> (XXXX-WXX-2).
/// </summary>
public sealed class SetRule : ITimeRule
{
    public TimeMatch? Match(TimeTokens t, int i)
    {
        if (t.EntryText(i, "set") is { } word)
        {
            return new TimeMatch(i, i + 1, new FixedValue(TimeType.Set, word));
        }

        if (t.Is(i, "co", "każdego", "każdej", "każdy", "każdą"))
        {
            int at = i + 1;
            string amount = "1";
            if (t.TryNumber(at, out int? count, out int end))
            {
                amount = count?.ToString(CultureInfo.InvariantCulture) ?? "X";
                at = end;
            }

            if (t.EntryText(at, "unit") is { } unit)
            {
                return new TimeMatch(i, at + 1, new FixedValue(TimeType.Set, DurationRule.Format(amount, unit)));
            }

            if (amount == "1" && t.EntryText(at, "partofday") is { } part && t.EntryText(at, "needs") is null)
            {
                return new TimeMatch(i, at + 1, new FixedValue(TimeType.Set, "T" + part));
            }

            if (amount == "1" && t.EntryNumber(at, "weekday") is { } weekday)
            {
                return new TimeMatch(i, at + 1, new FixedValue(TimeType.Set, $"XXXX-WXX-{weekday}"));
            }

            return null;
        }

        // "raz w miesiącu", "dwa razy w tygodniu", "trzy na miesiąc": a frequency per unit.
        int perAt = t.Is(i, "raz") ? i + 1 : t.TryNumber(i, out _, out int after) ? (t.Is(after, "razy") ? after + 1 : after) : -1;
        if (perAt > i && t.Is(perAt, "w", "na") && t.EntryText(perAt + 1, "unit") is { } per)
        {
            return new TimeMatch(i, perAt + 2, new FixedValue(TimeType.Set, DurationRule.Format("1", per)));
        }

        return null;
    }
}
