using Kronika.Core.Text;

namespace Kronika.Polish.Time;

/// <summary>
/// Turns matched phrases into TIMEX3 values as a document is read: keeps the document date and the last
/// day the discourse set (the anchor of <c>dzień wcześniej</c>), and for each such day the nouns of its
/// sentence, so that <c>w przeddzień wizyty Putina</c> finds the sentence that dated Putin's visit.
/// </summary>
public sealed class TimeResolver(DateOnly? date)
{
    private readonly DateOnly? documentDate = date;
    private const int EventWindow = 5;

    private readonly List<(DateOnly Day, SentenceNouns Nouns)> _days = [];
    private DateOnly? _anchor = date;
    private bool _anchoredInSentence;
    private DateOnly? _clockDay;
    private TimeTokens? _sentence;
    private SentenceNouns? _sentenceNouns;

    public void StartSentence(TimeTokens tokens)
    {
        _sentence = tokens;
        _sentenceNouns = null;
        _anchoredInSentence = false;
    }

    public (TimeType Type, string? Value) Resolve(TimeMatch match, string? suffix, TimeTokens tokens)
    {
        if (match.Meaning is FixedValue fixedValue)
        {
            return (fixedValue.Type, fixedValue.Value);
        }

        if (match.Meaning is TimeOfDay timeOfDay)
        {
            // "o godz. 16.00" after "6 października": the day the text is talking about, else the document's. A
            // schedule's next line ("12.00 – 13.00 panel") keeps the day of the last clock time, though a date
            // without a clock (a deadline, a past event) came between; a day set in the same sentence comes first.
            DateOnly? day = _anchoredInSentence || _clockDay is null ? _anchor : _clockDay;
            _clockDay = day;
            return (TimeType.Time, (day is { } d ? new CalendarValue(d, Granularity.Day).Format() : "XXXX-XX-XX") + timeOfDay.Suffix);
        }

        string? value = Date(match, tokens);
        if (value is null)
        {
            return (TimeType.Date, null);
        }

        if (suffix is null)
        {
            return (TimeType.Date, value);
        }

        _clockDay = _anchor;
        return (TimeType.Time, value + suffix);
    }

    private string? Date(TimeMatch match, TimeTokens tokens)
    {
        switch (match.Meaning)
        {
            case ExplicitDate { Year: var year, Month: var month, Day: var day, YearOffset: var yearOffset }:
                int? y = year ?? documentDate?.Year + (yearOffset ?? TenseShift(month, day, tokens, match.Start));
                if (month is null)
                {
                    return y is { } onlyYear ? $"{onlyYear:D4}" : null;
                }

                if (day is null)
                {
                    return y is { } my ? $"{my:D4}-{month:D2}" : $"XXXX-{month:D2}";
                }

                if (y is not { } dy)
                {
                    return $"XXXX-{month:D2}-{day:D2}";
                }

                if (dy is < 1 or > 9999 || day > DateTime.DaysInMonth(dy, month.Value))
                {
                    // "0000-01-01", "31.02.2024": no such day.
                    return null;
                }

                var date = new DateOnly(dy, month.Value, day.Value);
                SetAnchor(date);
                return new CalendarValue(date, Granularity.Day).Format();

            case DeicticDate { Granularity: var granularity, Offset: var offset }:
                if (documentDate is not { } doc)
                {
                    return CalendarValue.Unknown(granularity);
                }

                CalendarValue shifted = new CalendarValue(doc, granularity).Shift(offset);
                if (granularity == Granularity.Day)
                {
                    SetAnchor(shifted.Date);
                }

                return shifted.Format();

            case WeekdayDate { IsoDay: var isoDay, Future: var future, Before: var before, Coming: var coming }:
                if (documentDate is not { } today)
                {
                    return $"XXXX-WXX-{isoDay}";
                }

                int current = IsoDay(today);
                DateOnly weekday = coming ? today.AddDays((isoDay - current + 7) % 7)
                    : future ? today.AddDays(((isoDay - current + 6) % 7) + 1)
                    : today.AddDays(before ? -(((current - isoDay + 6) % 7) + 1) : -((current - isoDay + 7) % 7));
                SetAnchor(weekday);
                return new CalendarValue(weekday, Granularity.Day).Format();

            case WeekdayOfWeek { IsoDay: var dayOfWeek, WeekOffset: var weekOffset }:
                if (documentDate is not { } reference)
                {
                    return $"XXXX-WXX-{dayOfWeek}";
                }

                DateOnly inWeek = reference.AddDays((7 * weekOffset) + dayOfWeek - IsoDay(reference));
                SetAnchor(inWeek);
                return new CalendarValue(inWeek, Granularity.Day).Format();

            case HolidayDate { Rule: var rule }:
                if (documentDate is not { } holidayDoc)
                {
                    return CalendarDays.FromRule(rule, 2000) is { } sample && !rule.StartsWith("easter", StringComparison.Ordinal) && !rule.Contains('/', StringComparison.Ordinal)
                        ? $"XXXX-{sample.Month:D2}-{sample.Day:D2}"
                        : "XXXX-XX-XX";
                }

                DateOnly? holiday = CalendarDays.FromRule(rule, holidayDoc.Year);
                if (holiday < holidayDoc && (tokens.IsFuture || !tokens.HasVerb))
                {
                    holiday = CalendarDays.FromRule(rule, holidayDoc.Year + 1);
                }
                else if (holiday > holidayDoc && tokens.IsPast)
                {
                    holiday = CalendarDays.FromRule(rule, holidayDoc.Year - 1);
                }

                return holiday is { } feast ? Day(feast) : null;

            case NthInMonth { N: var n, Unit: var unit, Month: var inMonth, Year: var inYear }:
                if ((inYear ?? documentDate?.Year) is not { } nthYear)
                {
                    return null;
                }

                if (unit == "W")
                {
                    return CalendarDays.NthWeek(nthYear, inMonth, n) is { } monday ? new CalendarValue(monday, Granularity.Week).Format() : null;
                }

                DateOnly? nth = unit == "D"
                    ? (n == -1 ? CalendarDays.LastDay(nthYear, inMonth) : n <= DateTime.DaysInMonth(nthYear, inMonth) ? new DateOnly(nthYear, inMonth, n) : null)
                    : CalendarDays.NthWeekday(nthYear, inMonth, n, int.Parse(unit, System.Globalization.CultureInfo.InvariantCulture));
                return nth is { } nthDay ? Day(nthDay) : null;

            case QuarterDate { Quarter: var quarter, Year: var quarterYear, YearOffset: var quarterOffset }:
                return (quarterYear ?? documentDate?.Year + quarterOffset) is { } qy ? $"{qy:D4}-Q{quarter}" : $"XXXX-Q{quarter}";

            case SeasonDate { Season: var season }:
                return documentDate is { } seasonYear ? $"{seasonYear.Year:D4}-{season}" : $"XXXX-{season}";

            case AnaphoricDate { Days: var days, EventAnchored: var eventAnchored }:
                DateOnly? anchor = eventAnchored ? EventAnchor(tokens, match.End) : _anchor;
                if (anchor is not { } a)
                {
                    return "XXXX-XX-XX";
                }

                if (a.DayNumber + days is < 0 || a.DayNumber + days > DateOnly.MaxValue.DayNumber)
                {
                    // "dzień później" after 9999-12-31: past the calendar.
                    return null;
                }

                DateOnly result = DateOnly.FromDayNumber(a.DayNumber + days);
                SetAnchor(result);
                return new CalendarValue(result, Granularity.Day).Format();

            default:
                return null;
        }
    }

    /// <summary>
    /// A month named without a year ("w grudniu", "grudniowej konferencji") in a sentence about the past is the
    /// last such month: −1 when it is still ahead of the document date; +1 for a future one already behind it.
    /// A day's date keeps the document's year (a past verb may frame a future day: "zapowiedział, że 25 czerwca…").
    /// </summary>
    private int TenseShift(int? month, int? day, TimeTokens tokens, int at)
    {
        if (documentDate is not { } doc || month is not { } m || day is not null)
        {
            return 0;
        }

        int tense = tokens.TenseAt(at);
        return m > doc.Month && tense < 0 ? -1 : m < doc.Month && tense > 0 ? 1 : 0;
    }

    private static int IsoDay(DateOnly day) => CalendarDays.IsoDay(day);

    /// <summary>A day the discourse now talks about, as its TIMEX3 value.</summary>
    private string Day(DateOnly day)
    {
        SetAnchor(day);
        return new CalendarValue(day, Granularity.Day).Format();
    }

    private void SetAnchor(DateOnly day)
    {
        _anchor = day;
        _anchoredInSentence = true;
        _sentenceNouns ??= _sentence is null ? new SentenceNouns(null, 0, 0) : new SentenceNouns(_sentence, _sentence.First, _sentence.Count);
        _days.Add((day, _sentenceNouns));
    }

    /// <summary>The day of the earlier sentence sharing most nouns with the words after the phrase; the latest day on a tie.</summary>
    private DateOnly? EventAnchor(TimeTokens tokens, int after)
    {
        HashSet<string> nouns = Nouns(tokens, after, Math.Min(tokens.Count, after + EventWindow));
        DateOnly? best = _anchor;
        int bestOverlap = 0;
        foreach ((DateOnly day, SentenceNouns sentenceNouns) in _days)
        {
            int overlap = sentenceNouns.Get().Count(nouns.Contains);
            if (overlap >= bestOverlap && overlap > 0)
            {
                best = day;
                bestOverlap = overlap;
            }
        }

        return best;
    }

    private static HashSet<string> Nouns(TimeTokens tokens, int from, int to) => tokens.Nouns(tokens.First + from, tokens.First + to);

    /// <summary>
    /// The nouns of a sentence that set a day, gathered only when an anchor by event asks for them (rarely):
    /// by document token index, so the tokens' view may have moved on to later sentences.
    /// </summary>
    private sealed class SentenceNouns(TimeTokens? tokens, int first, int count)
    {
        private HashSet<string>? _nouns;

        public HashSet<string> Get() => _nouns ??= tokens is null ? [] : tokens.Nouns(first, first + count);
    }
}
