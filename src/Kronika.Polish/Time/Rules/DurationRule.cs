using System.Globalization;
using Kronika.Core.Text;

namespace Kronika.Polish.Time.Rules;

/// <summary>
/// Durations: <c>od 24 lat</c>, <c>przez trzy miesiące</c>, <c>ponad dwa lata</c>, <c>kilka lat</c> (PXY),
/// <c>ostatnich trzech lat</c>, <c>trzeci rok</c> (an ordinal year of something still going on: P3Y),
/// <c>pół roku</c> (P0.5Y), <c>półtora miesiąca</c> (P1.5M), and a plural unit with no number after a
/// preposition of extent (<c>od lat</c>, <c>przed laty</c>; not <c>w latach</c>) or a determiner (<c>ostatnie dni</c>): an unknown amount.
/// </summary>
public sealed class DurationRule : ITimeRule
{
    public TimeMatch? Match(TimeTokens t, int i)
    {
        int start = i;
        bool preposition = t.Entry(i, "preposition") is not null;
        bool spanning = t.Entry(i, "spanning") is not null;
        if (preposition)
        {
            i++;
        }

        while (t.Entry(i, "durationmodifier") is not null)
        {
            i++;
        }

        // "ostatnich trzech lat", "ostatnie dni": a determiner before the amount belongs to the duration.
        bool determiner = t.Entry(i, "reldet") is not null && t.Tag(i).Contains(":pl:", StringComparison.Ordinal);
        if (determiner)
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
        else if (!determiner && t.EntryNumber(i, "ordinal") is { } ordinal && t.Tag(i).StartsWith("adj", StringComparison.Ordinal))
        {
            amount = ordinal.ToString(CultureInfo.InvariantCulture);
            unitAt = i + 1;
        }
        else if (t.EntryText(i, "fraction") is { } fraction)
        {
            amount = fraction;
            unitAt = i + 1;
        }
        else if ((spanning || determiner) && t.Tag(i).Contains(":pl:", StringComparison.Ordinal) && t.Kind(i) == TokenKind.Word)
        {
            amount = "X";
            unitAt = i;
        }
        else
        {
            return null;
        }

        if (t.EntryText(unitAt, "unit") is not { } unit)
        {
            return null;
        }

        // "piętnasta godzina" in the nominative is a clock hour, "trzecią godzinę" (of waiting) a duration; "trzeci
        // kwartał" is the calendar's third quarter.
        bool ordinalAmount = unitAt == i + 1 && t.EntryNumber(i, "ordinal") is not null;
        if (ordinalAmount && (unit == "Q" || (unit == "H" && t.Tag(unitAt).Contains(":nom", StringComparison.Ordinal))))
        {
            return null;
        }

        // "ma 75 lat", "w wieku 20-29 lat", "więcej niż 18 lat": an age.
        if (unit == "Y" && (t.Entry(start - 1, "agecue") is not null || (t.Kind(start - 1) == TokenKind.Dash && t.Entry(start - 3, "agecue") is not null)))
        {
            return null;
        }

        // "od 1990 roku", "26 roku życia": a singular year after a number other than one is a date or an age.
        if (t.Is(unitAt, "roku", "rok", "r.", "r") && count is not null and not 1)
        {
            return null;
        }

        return new TimeMatch(start, unitAt + 1, new FixedValue(TimeType.Duration, Format(amount, unit)));
    }

    internal static string Format(string amount, string unit) => unit switch
    {
        "H" => $"PT{amount}H",
        "MIN" => $"PT{amount}M",
        "S" => $"PT{amount}S",
        "DE" => amount == "X" ? "PXDE" : $"P{decimal.Parse(amount, CultureInfo.InvariantCulture) * 10}Y",
        "CE" => amount == "X" ? "PXCE" : $"P{decimal.Parse(amount, CultureInfo.InvariantCulture) * 100}Y",
        _ => $"P{amount}{unit}",
    };
}
