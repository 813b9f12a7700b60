using System.Globalization;
using Kronika.Core.Text;

namespace Kronika.Polish.Time.Rules;

/// <summary>Clock times: <c>o godz. 15:30</c>, <c>o 15:30</c>, <c>godz. 9</c>, <c>o godzinie 18</c>.</summary>
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
        bool hourWord = t.Is(at, "godz.", "godz", "godzinie", "godziny", "godzina", "godziną", "godzinę");
        if (hourWord)
        {
            at++;
        }

        if (t.Kind(at) == TokenKind.Time)
        {
            string[] parts = t.Lower(at).Split(':', '.');
            end = at + 1;
            return $"T{int.Parse(parts[0], CultureInfo.InvariantCulture):D2}:{parts[1]}";
        }

        if ((hourWord || preposition) && t.Kind(at) == TokenKind.Number && t.Lower(at) is { Length: 4 or 5 } hhmm && hhmm[^3] == '.'
            && int.TryParse(hhmm[..^3], NumberStyles.None, CultureInfo.InvariantCulture, out int h) && h <= 24
            && int.TryParse(hhmm[^2..], NumberStyles.None, CultureInfo.InvariantCulture, out int m) && m <= 59)
        {
            end = at + 1;
            return $"T{h:D2}:{m:D2}";
        }

        if (hourWord && t.Digits(at) is { } hour && hour <= 24)
        {
            end = at + 1;
            return $"T{hour:D2}:00";
        }

        return null;
    }
}
