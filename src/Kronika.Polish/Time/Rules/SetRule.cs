using System.Globalization;
using Kronika.Core.Text;

namespace Kronika.Polish.Time.Rules;

/// <summary>Recurring times: <c>codziennie</c>, <c>co tydzień</c>, <c>co dwa lata</c>, <c>każdego roku</c>, <c>raz w miesiącu</c>.</summary>
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

            return null;
        }

        if (t.Is(i, "raz", "dwa", "trzy") && t.Is(i + 1, "w", "na") && t.EntryText(i + 2, "unit") is { } per)
        {
            return new TimeMatch(i, i + 3, new FixedValue(TimeType.Set, DurationRule.Format("1", per)));
        }

        return null;
    }
}
