using System.Globalization;
using Kronika.Core.Text;

namespace Kronika.Polish.Time.Rules;

/// <summary>
/// Clock times: <c>o godz. 15:30</c>, <c>o 15:30</c>, <c>godz. 9</c>, <c>o godzinie 18</c>, and both ends of a
/// range written with dots (<c>10.30 - 11.00</c>), which alone could be decimal numbers.
/// </summary>
public sealed class ClockRule : ITimeRule
{
    public TimeMatch? Match(TimeTokens t, int i) =>
        Suffix(t, i, out int end) is { } suffix ? new TimeMatch(i, end, new TimeOfDay(suffix)) : null;

    /// <summary>The TIMEX3 time suffix (<c>T15:30</c>) of the clock phrase at <paramref name="i"/>, or null.</summary>
    public static string? Suffix(TimeTokens t, int i, out int end)
    {
        end = i;
        int at = i;
        if (t.Is(at, "o", "od", "do", "około", "ok."))
        {
            at++;
        }

        bool preposition = at > i;
        bool hourWord = t.Is(at, "godz.", "godz", "godzinie", "godziny", "godzina", "godziną", "godzinę", "godzinach");
        if (hourWord)
        {
            at++;
        }

        if (t.Kind(at) == TokenKind.Time)
        {
            string[] parts = t.Lower(at).Split(':', '.');
            int clockHour = int.Parse(parts[0], CultureInfo.InvariantCulture);
            end = at + 1;
            // "o 7:30 wieczorem": the 12-hour clock with its part of day.
            if (PartOfDayRule.Suffix(t, end, out int partEnd) is { } part)
            {
                clockHour = HourOfDayRule.InPart(clockHour, part);
                end = partEnd;
            }

            return $"T{clockHour:D2}:{parts[1]}";
        }

        bool inRange = (t.Kind(at - 1) == TokenKind.Dash && IsClock(t, at - 2)) || (t.Kind(at + 1) == TokenKind.Dash && IsClock(t, at + 2));
        // "do 10.30 złotego" is an amount: after a bare preposition, no noun may follow.
        bool counted = t.Tag(at + 1).StartsWith("subst", StringComparison.Ordinal) || t.Tag(at + 1).StartsWith("adj", StringComparison.Ordinal);
        if ((hourWord || (preposition && !counted) || inRange) && DottedTime(t, at) is { } dotted)
        {
            end = at + 1;
            return dotted;
        }

        if (hourWord && t.Digits(at) is { } hour && hour <= 24)
        {
            end = at + 1;
            return $"T{hour:D2}:00";
        }

        return null;
    }

    private static bool IsClock(TimeTokens t, int i) => t.Kind(i) == TokenKind.Time || DottedTime(t, i) is not null;

    /// <summary>"15.30" as T15:30, or null.</summary>
    private static string? DottedTime(TimeTokens t, int i) =>
        t.Kind(i) == TokenKind.Number && t.Lower(i) is { Length: 4 or 5 } hhmm && hhmm[^3] == '.'
            && int.TryParse(hhmm[..^3], NumberStyles.None, CultureInfo.InvariantCulture, out int h) && h <= 24
            && int.TryParse(hhmm[^2..], NumberStyles.None, CultureInfo.InvariantCulture, out int m) && m <= 59
            ? $"T{h:D2}:{m:D2}"
            : null;
}
