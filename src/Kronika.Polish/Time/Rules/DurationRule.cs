using System.Globalization;
using Kronika.Core.Text;

namespace Kronika.Polish.Time.Rules;

/// <summary>
/// Durations: <c>od 24 lat</c>, <c>przez trzy miesiące</c>, <c>dwa tygodnie</c>, <c>kilka lat</c> (P XY),
/// <c>trzeci rok</c> (an ordinal year of something still going on: P3Y), <c>pół roku</c>.
/// </summary>
public sealed class DurationRule : ITimeRule
{
    public TimeMatch? Match(TimeTokens t, int i)
    {
        int start = i;
        if (t.Is(i, "od", "przez", "na", "po", "ponad", "prawie", "blisko", "około", "niemal"))
        {
            i++;
        }

        string? amount;
        int unitAt;
        if (t.TryNumber(i, out int? count, out int end))
        {
            amount = count?.ToString(CultureInfo.InvariantCulture) ?? "X";
            unitAt = end;
        }
        else if (t.EntryNumber(i, "ordinal") is { } ordinal && t.Tag(i).StartsWith("adj", StringComparison.Ordinal))
        {
            amount = ordinal.ToString(CultureInfo.InvariantCulture);
            unitAt = i + 1;
        }
        else if (t.Is(i, "pół"))
        {
            amount = null;
            unitAt = i + 1;
        }
        else
        {
            return null;
        }

        if (t.EntryText(unitAt, "unit") is not { } unit)
        {
            return null;
        }

        // "od 1990 roku", "26 roku życia": a singular year after a number other than one is a date or an age.
        if (t.Is(unitAt, "roku", "rok", "r.", "r") && count is not null and not 1)
        {
            return null;
        }

        // "pół roku" is six months; "pół godziny" thirty minutes.
        string value = amount is null
            ? unit switch { "Y" => "P6M", "M" => "P2W", "H" => "PT30M", "D" => "PT12H", _ => "P" + "X" + unit }
            : Format(amount, unit);
        return new TimeMatch(start, unitAt + 1, new FixedValue(TimeType.Duration, value));
    }

    internal static string Format(string amount, string unit) => unit switch
    {
        "H" => $"PT{amount}H",
        "MIN" => $"PT{amount}M",
        "S" => $"PT{amount}S",
        "DE" => amount == "X" ? "PXDE" : $"P{int.Parse(amount, CultureInfo.InvariantCulture) * 10}Y",
        "CE" => amount == "X" ? "PXCE" : $"P{int.Parse(amount, CultureInfo.InvariantCulture) * 100}Y",
        _ => $"P{amount}{unit}",
    };
}
