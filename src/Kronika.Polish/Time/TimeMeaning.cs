using Kronika.Core.Text;

namespace Kronika.Polish.Time;

/// <summary>What a matched phrase means before it is resolved against the document date and the discourse.</summary>
public abstract record TimeMeaning;

/// <summary>A date written out: any of year, month and day (a day or month without a year takes the document's year).</summary>
/// <see cref="YearOffset"/> counts the year from the document's when the text says "tego roku", "ubiegłego roku".
public sealed record ExplicitDate(int? Year, int? Month, int? Day, int? YearOffset = null) : TimeMeaning;

/// <summary>A period counted from the document date: <c>wczoraj</c> (Day, −1), <c>w zeszłym tygodniu</c> (Week, −1).</summary>
public sealed record DeicticDate(Granularity Granularity, int Offset) : TimeMeaning;

/// <summary>
/// A day counted from the last date the text set: <c>dzień wcześniej</c> (−1), <c>nazajutrz</c> (+1).
/// <see cref="EventAnchored"/> marks <c>w przeddzień wizyty</c>, whose anchor is the date of the event named after it.
/// </summary>
public sealed record AnaphoricDate(int Days, bool EventAnchored) : TimeMeaning;

/// <summary>
/// A weekday: the nearest one on or before the document date, or after it when <see cref="Future"/>;
/// <see cref="Before"/> ("ostatni wtorek") excludes the document date itself; <see cref="Coming"/> ("ten czwartek")
/// is the nearest one on or after it.
/// </summary>
public sealed record WeekdayDate(int IsoDay, bool Future, bool Before = false, bool Coming = false) : TimeMeaning;

/// <summary>A weekday of a week counted from the document's: <c>wtorek w przyszłym tygodniu</c> (2, +1).</summary>
public sealed record WeekdayOfWeek(int IsoDay, int WeekOffset) : TimeMeaning;

/// <summary>A holiday by its calendar rule (<see cref="CalendarDays.FromRule"/>): <c>12-25</c>, <c>easter+60</c>, <c>11/4/4</c>.</summary>
public sealed record HolidayDate(string Rule) : TimeMeaning;

/// <summary>
/// The <see cref="N"/>-th (−1: the last) day, week or weekday of a month: <c>trzeci wtorek września 2014</c>
/// (3, weekday 2, 9, 2014), <c>ostatni dzień października</c> (−1, day, 10, the document's year).
/// <see cref="Unit"/> is "D", "W" or an ISO weekday number.
/// </summary>
public sealed record NthInMonth(int N, string Unit, int Month, int? Year) : TimeMeaning;

/// <summary>A quarter of a year named (<see cref="Year"/>) or counted from the document's (<see cref="YearOffset"/>).</summary>
public sealed record QuarterDate(int Quarter, int? Year, int YearOffset) : TimeMeaning;

/// <summary>A season (TIMEX3 code SP, SU, FA, WI) of the document's year.</summary>
public sealed record SeasonDate(string Season) : TimeMeaning;

/// <summary>A value that needs no anchor: a duration, a set, a vague reference.</summary>
public sealed record FixedValue(TimeType Type, string Value) : TimeMeaning;

/// <summary>A part of day or a clock time on its own (<c>wieczorem</c>, <c>o godz. 15:30</c>): on the document date.</summary>
public sealed record TimeOfDay(string Suffix) : TimeMeaning;

/// <summary>A phrase found by a rule: tokens [<see cref="Start"/>, <see cref="End"/>) and its meaning.</summary>
public sealed record TimeMatch(int Start, int End, TimeMeaning Meaning)
{
    public int Length => End - Start;
}
