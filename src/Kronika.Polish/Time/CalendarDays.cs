namespace Kronika.Polish.Time;

/// <summary>Days the calendar defines by rule: Easter and the feasts counted from it, the n-th weekday or week of a month.</summary>
public static class CalendarDays
{
    /// <summary>Easter Sunday of a Gregorian year (the anonymous Gregorian computus).</summary>
    public static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31;
        int day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>ISO day of the week: Monday 1 … Sunday 7.</summary>
    public static int IsoDay(DateOnly day) => day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek;

    /// <summary>The <paramref name="n"/>-th <paramref name="isoDay"/> of a month (n = −1: the last one), or null.</summary>
    public static DateOnly? NthWeekday(int year, int month, int n, int isoDay)
    {
        var first = new DateOnly(year, month, 1);
        DateOnly day = n > 0
            ? first.AddDays(((isoDay - IsoDay(first) + 7) % 7) + (7 * (n - 1)))
            : LastDay(year, month).AddDays(-((IsoDay(LastDay(year, month)) - isoDay + 7) % 7));
        return day.Month == month ? day : null;
    }

    /// <summary>
    /// The Monday of the <paramref name="n"/>-th whole week of a month (n = −1: the last): weeks are counted from
    /// the first Monday in the month, and the last is the last one that ends in it.
    /// </summary>
    public static DateOnly? NthWeek(int year, int month, int n)
    {
        if (n > 0)
        {
            return NthWeekday(year, month, n, 1);
        }

        DateOnly sunday = NthWeekday(year, month, -1, 7)!.Value;
        return sunday.AddDays(-6);
    }

    public static DateOnly LastDay(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    /// <summary>
    /// A day of <paramref name="year"/> given by a lexicon rule: <c>MM-DD</c> (a fixed day), <c>easter</c>,
    /// <c>easter+60</c> (days from Easter), <c>MM/N/D</c> (the N-th ISO weekday D of month MM; N = −1 the last).
    /// </summary>
    public static DateOnly? FromRule(string rule, int year)
    {
        if (rule.StartsWith("easter", StringComparison.Ordinal))
        {
            int shift = rule.Length > 6 ? int.Parse(rule.AsSpan(6), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture) : 0;
            return Easter(year).AddDays(shift);
        }

        int[] parts = [.. rule.Split('-', '/').Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture))];
        return rule.Contains('/', StringComparison.Ordinal)
            ? NthWeekday(year, parts[0], rule.Contains("/-", StringComparison.Ordinal) ? -parts[1] : parts[1], parts[2])
            : new DateOnly(year, parts[0], parts[1]);
    }
}
