using Kronika.Core.Text;

namespace Kronika.Polish.Time.Rules;

/// <summary>
/// An hour with a part of day or said as a feminine ordinal: <c>o 8 wieczorem</c> (T20:00), <c>o trzeciej rano</c>
/// (T03:00), <c>o piętnastej</c> (T15:00). A bare "o 5" is not taken: in news it is far more often "by five".
/// </summary>
public sealed class HourOfDayRule : ITimeRule
{
    public TimeMatch? Match(TimeTokens t, int i)
    {
        int at = t.Is(i, "o", "około", "ok.", "koło", "do", "od") ? i + 1 : i;
        bool ordinal = false;
        int? hour = t.Digits(at);
        if (hour is null && t.EntryNumber(at, "ordinal") is { } word && t.Tag(at).StartsWith("adj", StringComparison.Ordinal) && t.Tag(at).Contains(":f", StringComparison.Ordinal))
        {
            hour = word;
            ordinal = true;
        }

        if (hour is not { } h || h > 24)
        {
            return null;
        }

        string? part = PartOfDayRule.Suffix(t, at + 1, out int end);
        if (part is null)
        {
            // "o piętnastej", "do dwudziestej": a feminine ordinal after "o" (locative) or "do"/"od" (genitive) is an
            // hour by itself. ("o pierwszej damie" is not: the ordinal must not be followed by a word it qualifies.)
            bool hourCase = t.Is(i, "o", "około", "ok.", "koło") ? t.Tag(at).Contains(":loc", StringComparison.Ordinal)
                : t.Is(i, "do", "od") && t.Tag(at).Contains(":gen", StringComparison.Ordinal);
            return ordinal && at > i && hourCase && t.Kind(at + 1) != TokenKind.Word
                ? new TimeMatch(i, at + 1, new TimeOfDay($"T{h:D2}:00"))
                : null;
        }

        if (h < 12 && part is "AF" or "EV" || h is >= 6 and < 12 && part == "NI")
        {
            h += 12;
        }

        return new TimeMatch(i, end, new TimeOfDay($"T{h:D2}:00"));
    }
}
