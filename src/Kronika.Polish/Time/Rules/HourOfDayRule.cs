using Kronika.Core.Text;

namespace Kronika.Polish.Time.Rules;

/// <summary>
/// An hour said rather than written: with a part of day (<c>o 8 wieczorem</c> T20:00, <c>o trzeciej rano</c> T03:00,
/// <c>9 nocą</c> T21:00), as a feminine ordinal (<c>o piętnastej</c>, <c>o dwudziestej drugiej</c>, <c>o 15stej</c>,
/// <c>osiemnasta godzina</c>), with its minutes (<c>o trzecia piętnaście</c>). A bare "o 5" is not taken: in news it is
/// far more often "by five". An hour from 1 to 6 said with no part of day is in the afternoon ("o trzeciej": 15:00),
/// when people meet and things happen.
/// </summary>
public sealed class HourOfDayRule : ITimeRule
{
    public TimeMatch? Match(TimeTokens t, int i) =>
        Suffix(t, i, out int end) is { } suffix ? new TimeMatch(i, end, new TimeOfDay(suffix)) : null;

    /// <summary>The TIMEX3 time suffix (<c>T15:00</c>) of the said hour at <paramref name="i"/>, or null.</summary>
    public static string? Suffix(TimeTokens t, int i, out int end)
    {
        end = i;
        int at = i;
        // "o koło trzeciej", "równo o 17-stej": approximations and prepositions before the hour.
        while (t.Entry(at, "hourlead") is not null && at < i + 2)
        {
            at++;
        }

        if (Hour(t, at, out int hourEnd, out bool said) is not { } h)
        {
            return null;
        }

        int minutes = 0;
        if (said && t.Kind(hourEnd) == TokenKind.Word && t.TryNumber(hourEnd, out int? m, out int minutesEnd) && m is > 0 and < 60
            && t.Kind(minutesEnd) != TokenKind.Word)
        {
            minutes = m.Value; // "o trzecia piętnaście"
            hourEnd = minutesEnd;
        }

        if (said && t.Entry(hourEnd, "unit") is ["H"] && t.Tag(hourEnd).Contains(":nom", StringComparison.Ordinal))
        {
            end = hourEnd + 1; // "piętnasta godzina"
            return Format(Afternoon(h), minutes);
        }

        string? part = PartOfDayRule.Suffix(t, hourEnd, out int partEnd);
        if (part is null)
        {
            // "o piętnastej", "do dwudziestej": an ordinal after "o" (locative) or "do"/"od" (genitive) is an hour by
            // itself ("o pierwszej damie" is not: no word the ordinal could qualify may follow).
            bool hourCase = at > i && (!t.Is(at - 1, "do", "od") || t.Tag(at).Contains(":gen", StringComparison.Ordinal) || t.Kind(at) != TokenKind.Word);
            if (!said || !hourCase || (t.Kind(hourEnd) == TokenKind.Word && minutes == 0 && !t.Lexicon.Contains("relday", t.Lower(hourEnd))))
            {
                return null;
            }

            end = hourEnd;
            return Format(Afternoon(h), minutes);
        }

        end = partEnd;
        return Format(InPart(h, part), minutes);
    }

    /// <summary>An hour of the 12-hour clock read in its part of day: 8 in the evening is 20, 8 at night 20, 3 at night 3.</summary>
    internal static int InPart(int hour, string part) =>
        (hour < 12 && part is "AF" or "EV") || (hour is >= 6 and < 12 && part == "NI") ? hour + 12 : hour;

    /// <summary>
    /// An hour at <paramref name="i"/>: digits (1–24), digits with an ordinal ending (<c>15stej</c>, <c>17-stej</c>),
    /// or a feminine ordinal word (<c>trzeciej</c>, <c>dwudziestej drugiej</c>); <paramref name="said"/> when it is an
    /// ordinal, which is an hour by its form.
    /// </summary>
    internal static int? Hour(TimeTokens t, int i, out int end, out bool said)
    {
        end = i + 1;
        said = false;
        if (t.Digits(i) is { } digits)
        {
            return digits is >= 0 and <= 24 ? digits : null;
        }

        string form = t.Lower(i);
        int count = 0;
        while (count < form.Length && char.IsAsciiDigit(form[count]))
        {
            count++;
        }

        if (count is 1 or 2 && t.Lexicon.Contains("hourending", form.AsSpan(count).TrimStart('-')))
        {
            said = true;
            int hour = int.Parse(form.AsSpan(0, count), System.Globalization.CultureInfo.InvariantCulture);
            return hour <= 24 ? hour : null;
        }

        // The feminine forms of an ordinal (godzina is feminine): trzecia, trzeciej, trzecią.
        if (count == 0 && form.Length > 1 && (form.EndsWith('a') || form.EndsWith('ą') || form.EndsWith("ej", StringComparison.Ordinal))
            && t.Ordinal(i, out end) is { } word and >= 1 and <= 24)
        {
            said = true;
            return word;
        }

        return null;
    }

    /// <summary>Hours 1–6 said without a part of day are in the afternoon.</summary>
    internal static int Afternoon(int hour) => hour is >= 1 and <= 6 ? hour + 12 : hour;

    internal static string Format(int hour, int minutes) => $"T{hour:D2}:{minutes:D2}";
}
