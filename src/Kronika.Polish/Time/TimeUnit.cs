namespace Kronika.Polish.Time;

/// <summary>The granularity of a calendar value, coarsest last.</summary>
public enum Granularity : byte
{
    Day,
    /// <summary>The weekend of an ISO week (TIMEX3 2013-W07-WE).</summary>
    Weekend,
    Week,
    Month,
    Quarter,
    Year,
}

/// <summary>A calendar value: a day and how much of it counts (the day, its ISO week, month or year).</summary>
public readonly record struct CalendarValue(DateOnly Date, Granularity Granularity)
{
    /// <summary>The TIMEX3 value: 2024-06-19, 2024-W25, 2024-06, 2024-Q2, 2024.</summary>
    public string Format() => Granularity switch
    {
        Granularity.Day => Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Granularity.Weekend => new CalendarValue(Date, Granularity.Week).Format() + "-WE",
        Granularity.Week => $"{System.Globalization.ISOWeek.GetYear(Date.ToDateTime(TimeOnly.MinValue)):D4}-W{System.Globalization.ISOWeek.GetWeekOfYear(Date.ToDateTime(TimeOnly.MinValue)):D2}",
        Granularity.Month => $"{Date.Year:D4}-{Date.Month:D2}",
        Granularity.Quarter => $"{Date.Year:D4}-Q{((Date.Month - 1) / 3) + 1}",
        _ => $"{Date.Year:D4}",
    };

    /// <summary>Moves by <paramref name="count"/> units of this value's granularity.</summary>
    public CalendarValue Shift(int count) => this with
    {
        Date = Granularity switch
        {
            Granularity.Day => Date.AddDays(count),
            Granularity.Week or Granularity.Weekend => Date.AddDays(7 * count),
            Granularity.Month => Date.AddMonths(count),
            Granularity.Quarter => Date.AddMonths(3 * count),
            _ => Date.AddYears(count),
        },
    };

    /// <summary>The value with no document date to resolve it: the unknown parts as X.</summary>
    public static string Unknown(Granularity granularity) => granularity switch
    {
        Granularity.Day => "XXXX-XX-XX",
        Granularity.Weekend => "XXXX-WXX-WE",
        Granularity.Week => "XXXX-WXX",
        Granularity.Month => "XXXX-XX",
        Granularity.Quarter => "XXXX-QX",
        _ => "XXXX",
    };

    /// <summary>Granularity of a TIMEX3 unit letter (D, W, M, Q, Y), or null for units a date cannot have.</summary>
    public static Granularity? FromUnit(string unit) => unit switch
    {
        "D" => Granularity.Day,
        "W" => Granularity.Week,
        "WE" => Granularity.Weekend,
        "M" => Granularity.Month,
        "Q" => Granularity.Quarter,
        "Y" => Granularity.Year,
        _ => null,
    };
}
