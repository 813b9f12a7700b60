using System.Globalization;
using Kronika.Core.Text;

namespace Kronika.Polish.Time.Rules;

/// <summary>
/// Dates written out: <c>19 czerwca 2024 r.</c>, <c>19 czerwca</c>, <c>czerwca 2024</c>, <c>w czerwcu</c>
/// (the month alone), <c>28 IX 2010</c>, <c>8 - 06 - 2006</c>, date tokens <c>19.06.2024</c>, <c>2024-06-19</c>,
/// <c>19.06.</c>, with the noun that may stand before them (<c>w dniu 1 maja</c>), and the first day of a range
/// (<c>3 - 10 sierpnia</c>: the 3rd takes the month of the 10th).
/// </summary>
public sealed class ExplicitDateRule : ITimeRule
{
    private static readonly RelativePeriodRule YearPhrase = new();

    public TimeMatch? Match(TimeTokens t, int i)
    {
        int dateAt = t.Is(i + 1, ".") ? i + 2 : i + 1; // "dn." may be cut as "dn" and "."
        if (t.Entry(i, "datenoun") is not null && Written(t, dateAt) is { Meaning: ExplicitDate { Day: not null } } dated)
        {
            return dated with { Start = i };
        }

        if (t.Day(i) is { } first && t.Kind(i + 1) == TokenKind.Dash && Written(t, i + 2) is { Meaning: ExplicitDate { Day: not null } last })
        {
            return new TimeMatch(i, i + 1, last with { Day = first });
        }

        return Written(t, i);
    }

    private static TimeMatch? Written(TimeTokens t, int i)
    {
        if (t.Kind(i) == TokenKind.Date)
        {
            return DateToken(t.Lower(i)) is { } date ? new TimeMatch(i, date.Year is null ? i + 1 : t.SkipYearWord(i + 1), date) : null;
        }

        if (t.EntryNumber(i, "monthadj") is { } adjectiveMonth && !t.IsCapitalizedInside(i))
        {
            return new TimeMatch(i, i + 1, new ExplicitDate(null, adjectiveMonth, null));
        }

        if (NumericDate(t, i) is { } numeric)
        {
            return numeric;
        }

        if (t.GluedDayMonth(i) is ({ } gluedDay, { } gluedMonth))
        {
            return WithYear(t, i, i + 1, gluedMonth, gluedDay, dayFirst: true);
        }

        int? day = t.DayOfMonth(i, out int dayEnd);
        int monthAt = day is null ? i : dayEnd;
        int? month = t.Month(monthAt, out int monthEnd, out bool abbreviated);
        // "28 IX 2010": a roman month only after a day in digits.
        month ??= t.Day(i) is null || !t.IsUpper(monthAt) ? null : t.Lexicon.Number("romanmonth", t.Lower(monthAt));
        if (month is null)
        {
            return null;
        }

        if (day is null)
        {
            // Month first, then the day: "marzec 3", "Luty piętnastego", "Sie 8", "Kwiecień 14, 2015". Only the
            // month's nominative or an abbreviation ("w marcu 3 osoby" is not a date), and a day no noun follows.
            if ((t.Lemma(i) == t.Lower(i) || abbreviated) && t.DayOfMonth(monthEnd, out int laterDayEnd) is { } laterDay
                && (t.Kind(laterDayEnd) != TokenKind.Word || t.Year(laterDayEnd) is not null || t.Lower(laterDayEnd) is "r." or "roku"))
            {
                return WithYear(t, i, laterDayEnd, month.Value, laterDay, dayFirst: false);
            }

            // A month abbreviation is a month only next to its day.
            if (abbreviated)
            {
                return null;
            }
        }

        // "maj" is also a verb form and "luty" an adjective; alone, a month name needs "w" before it.
        if (day is null && !t.Is(i - 1, "w", "we", "od", "do", "z", "pod", "na", "przez", "początku", "końcu", "połowie", "koniec", "połowy", "przełomie")
            && t.Year(monthEnd) is null)
        {
            return null;
        }

        int end = monthEnd;
        if (day is null && YearPhrase.Match(t, end) is null && t.Year(end) is null)
        {
            return new TimeMatch(i, end, new ExplicitDate(null, month, null));
        }

        if (YearPhrase.Match(t, end) is { Meaning: DeicticDate { Granularity: Granularity.Year, Offset: var offset } } phrase)
        {
            // "marca tego roku", "października ub. roku", "września br."
            return new TimeMatch(i, phrase.End, new ExplicitDate(null, month, day, offset));
        }

        return day is null ? WithYear(t, i, end, month.Value, null, dayFirst: false) : WithYear(t, i, end, month.Value, day, dayFirst: true);
    }

    /// <summary>
    /// A date whose day and month end at <paramref name="end"/>, with the year that may follow: four digits
    /// ("2015", "2015 r."), after a comma in month-first order ("Kwiecień 14, 2015"), or two digits after day and
    /// month when no word follows them ("14 kwietnia 15": 2015).
    /// </summary>
    private static TimeMatch WithYear(TimeTokens t, int start, int end, int month, int? day, bool dayFirst)
    {
        int at = !dayFirst && t.Is(end, ",") && t.Year(end + 1) is not null ? end + 1 : end;
        if (t.Year(at) is { } year)
        {
            return new TimeMatch(start, t.SkipYearWord(at + 1), new ExplicitDate(year, month, day));
        }

        if (day is not null && t.Lower(at).Length == 2 && t.Digits(at) is { } shortYear && t.Kind(at + 1) is not (TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation))
        {
            return new TimeMatch(start, at + 1, new ExplicitDate(FullYear(shortYear), month, day));
        }

        return new TimeMatch(start, end, new ExplicitDate(null, month, day));
    }

    /// <summary>A two-digit year: 00–49 in this century, 50–99 in the last.</summary>
    private static int FullYear(int shortYear) => shortYear < 50 ? 2000 + shortYear : 1900 + shortYear;

    /// <summary>
    /// A date in digits cut into tokens by a dash or slash: "2015-3-3" (year first), "31/10/1974", "10/31/74",
    /// "2/15" (no year: only alone, before a clock time, or when one number can only be a day). Day and month are
    /// told apart by value where they can be ("10/31": the 31st); when both could be either, the Polish order is
    /// day first.
    /// </summary>
    private static TimeMatch? NumericDate(TimeTokens t, int i)
    {
        if (t.Kind(i) != TokenKind.Number || t.Digits(i) is not { } first || !IsDateSeparator(t, i + 1) || t.Digits(i + 2) is not { } second
            || t.Lower(i + 2).Length > 2 || t.Kind(i - 1) == TokenKind.Number || IsDateSeparator(t, i - 1))
        {
            return null;
        }

        string separator = t.Lower(i + 1);
        if (t.Lower(i + 3) == separator && t.Digits(i + 4) is { } third)
        {
            if (t.Year(i) is { } leadingYear)
            {
                return third is >= 1 and <= 31 && second is >= 1 and <= 12 && t.Lower(i + 4).Length <= 2
                    ? new TimeMatch(i, t.SkipYearWord(i + 5), new ExplicitDate(leadingYear, second, third))
                    : null;
            }

            int? year = t.Year(i + 4) ?? (t.Lower(i + 4).Length == 2 ? FullYear(third) : null);
            return year is not null && t.Lower(i).Length <= 2 && DayAndMonth(first, second) is ({ } d, { } m)
                ? new TimeMatch(i, t.SkipYearWord(i + 5), new ExplicitDate(year, m, d))
                : null;
        }

        bool unambiguous = first > 12 || second > 12;
        bool standsAsDate = WeekdayRule.IsWholeSentence(t, i, i + 3) || t.Is(i + 3, "o", "godz.", "r.", ",");
        return separator == "/" && t.Lower(i).Length <= 2 && unambiguous && standsAsDate && DayAndMonth(first, second) is ({ } day, { } month)
            ? new TimeMatch(i, i + 3, new ExplicitDate(null, month, day))
            : null;
    }

    private static bool IsDateSeparator(TimeTokens t, int i) => t.Is(i, "/", "-") && t.Kind(i) != TokenKind.Word;

    /// <summary>Which of two numbers is the day and which the month: by value, else day first.</summary>
    private static (int? Day, int? Month) DayAndMonth(int first, int second) => (first, second) switch
    {
        ( >= 1 and <= 12, >= 13 and <= 31) => (second, first),
        ( >= 1 and <= 31, >= 1 and <= 12) => (first, second),
        _ => (null, null),
    };

    private static ExplicitDate? DateToken(string text)
    {
        // The token keeps a combining mark written after its last digit ("2024\u0301"): no number, no date.
        string[] parts = text.Split('-', '.', '/');
        var numbers = new List<int>(3);
        foreach (string part in parts.Where(p => p.Length > 0))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out int number))
            {
                return null;
            }

            numbers.Add(number);
        }


        if (text.Contains('-') && numbers.Count == 3)
        {
            return new ExplicitDate(numbers[0], numbers[1], numbers[2]);
        }

        return numbers.Count switch
        {
            3 => new ExplicitDate(numbers[2] < 100 ? 2000 + numbers[2] : numbers[2], numbers[1], numbers[0]),
            2 => new ExplicitDate(null, numbers[1], numbers[0]),
            _ => null,
        };
    }
}
