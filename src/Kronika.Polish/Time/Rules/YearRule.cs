using Kronika.Core.Text;

namespace Kronika.Polish.Time.Rules;

/// <summary>
/// A year: <c>2022 r.</c>, <c>2022 roku</c>, <c>w 2022</c>, <c>rok 2022</c>, <c>od 2019</c>. A bare
/// four-digit number needs a year word after it or a preposition before it. The second year of a range
/// (<c>1990 - 2006</c>, <c>2004/2005</c>) counts too, and may be cut to two digits (<c>2005 - 06</c>, <c>1987 - 94</c>).
/// </summary>
public sealed class YearRule : ITimeRule
{
    public TimeMatch? Match(TimeTokens t, int i)
    {
        if (t.Is(i, "rok", "roku", "r.") && t.Year(i + 1) is { } after)
        {
            return new TimeMatch(i, i + 2, new ExplicitDate(after, null, null));
        }

        bool secondOfRange = (t.Kind(i - 1) == TokenKind.Dash || t.Is(i - 1, "/")) && t.Year(i - 2) is not null;
        // "w latach 1996, 2004 i 2006", "(Słowacja 2003, 2004)": the next year of a list.
        bool nextInList = t.Is(i - 1, ",", "i", "oraz") && t.Year(i - 2) is not null;
        if (secondOfRange && t.Lower(i).Length == 2 && t.Digits(i) is { } shortYear)
        {
            // The century of the first year, or the next one when the range would run backwards.
            int first = t.Year(i - 2)!.Value;
            int full = (first / 100 * 100) + shortYear;
            return new TimeMatch(i, t.SkipYearWord(i + 1), new ExplicitDate(full < first ? full + 100 : full, null, null));
        }

        if (t.Year(i) is not { } year)
        {
            return null;
        }

        int end = t.SkipYearWord(i + 1);
        bool standsAlone = year is >= 1900 and <= 2099 && t.Kind(i + 1) is not (TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation)
            && t.Kind(i - 1) is not TokenKind.Number;
        if (end == i + 1 && !standsAlone && !secondOfRange && !nextInList && !t.Is(i - 1, "w", "we", "od", "do", "z", "roku", "początku", "końca", "końcu", "połowie", "przełomie", "latach"))
        {
            return null;
        }

        return new TimeMatch(i, end, new ExplicitDate(year, null, null));
    }
}
