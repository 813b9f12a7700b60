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

        int? day = t.Day(i);
        if (day is not null && DashedDate(t, i) is { } dashed)
        {
            return dashed;
        }

        int monthAt = day is null ? i : i + 1;
        int? month = t.Kind(monthAt) == TokenKind.Word ? t.EntryNumber(monthAt, "month") : null;
        month ??= day is null || !t.IsUpper(monthAt) ? null : t.Lexicon.Number("romanmonth", t.Lower(monthAt));
        if (month is null)
        {
            return null;
        }

        // "maj" is also a verb form and "luty" an adjective; alone, a month name needs "w" before it.
        if (day is null && !t.Is(i - 1, "w", "we", "od", "do", "z", "pod", "na", "przez", "początku", "końcu", "połowie", "koniec", "połowy", "przełomie")
            && t.Year(monthAt + 1) is null)
        {
            return null;
        }

        int end = monthAt + 1;
        int? year = null;
        if (t.Year(end) is { } y)
        {
            year = y;
            end = t.SkipYearWord(end + 1);
        }
        else if (YearPhrase.Match(t, end) is { Meaning: DeicticDate { Granularity: Granularity.Year, Offset: var offset } } phrase)
        {
            // "marca tego roku", "października ub. roku", "września br."
            return new TimeMatch(i, phrase.End, new ExplicitDate(null, month, day, offset));
        }

        return new TimeMatch(i, end, new ExplicitDate(year, month, day));
    }

    /// <summary>"8 - 06 - 2006": day, dash, month in two digits, dash, year.</summary>
    private static TimeMatch? DashedDate(TimeTokens t, int i) =>
        t.Kind(i + 1) == TokenKind.Dash && t.Lower(i + 2).Length == 2 && t.Digits(i + 2) is { } month && month is >= 1 and <= 12
            && t.Kind(i + 3) == TokenKind.Dash && t.Year(i + 4) is { } year
            ? new TimeMatch(i, t.SkipYearWord(i + 5), new ExplicitDate(year, month, t.Day(i)))
            : null;

    private static ExplicitDate? DateToken(string text)
    {
        string[] parts = text.Split('-', '.', '/');
        int[] numbers = [.. parts.Where(p => p.Length > 0).Select(p => int.Parse(p, CultureInfo.InvariantCulture))];
        if (text.Contains('-') && numbers.Length == 3)
        {
            return new ExplicitDate(numbers[0], numbers[1], numbers[2]);
        }

        return numbers.Length switch
        {
            3 => new ExplicitDate(numbers[2] < 100 ? 2000 + numbers[2] : numbers[2], numbers[1], numbers[0]),
            2 => new ExplicitDate(null, numbers[1], numbers[0]),
            _ => null,
        };
    }
}
