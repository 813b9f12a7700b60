using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Pipeline;
using Kronika.Core.Text;
using Kronika.Polish.Time.Rules;

namespace Kronika.Polish.Time;

/// <summary>
/// Finds Polish time expressions and normalises them to TIMEX3 values, relative to the document date
/// (<see cref="DocumentInfo.Date"/>) and, for anaphoric ones (<c>dzień wcześniej</c>), to the last date the
/// text set. Reads tokens, sentences and morphology; writes the <see cref="Layer.Times"/> layer.
/// At each token every rule is tried; the longest phrase wins, ties go to the earlier rule.
/// </summary>
public sealed class PolishTimeTagger : IPipelineComponent
{
    private readonly TimeLexicon _lexicon;
    private readonly ImmutableArray<ITimeRule> _rules;

    public PolishTimeTagger(TimeLexicon lexicon)
    {
        _lexicon = lexicon;
        ITimeRule[] periods = [new ExplicitDateRule(), new YearRule(), new RelativePeriodRule(), new DecadeRule()];
        _rules =
        [
            new ExplicitDateRule(), new YearRule(), new BoundaryRule(periods), new RelativeDayRule(), new RelativePeriodRule(),
            new AnaphorRule(), new OffsetRule(), new WeekdayRule(), new SetRule(), new DurationRule(), new VagueRule(),
            new DurationAdjectiveRule(), new ClockRule(), new HourOfDayRule(), new MinutesPastRule(), new PartOfDayRule(), new DecadeRule(), new SeasonRule(), new HolidayRule(),
            new NthInMonthRule(), new QuarterRule(),
        ];
    }

    public string Name => "polish-time-tagger";

    public IReadOnlyList<Layer> Reads { get; } = [Layer.Tokens, Layer.Sentences, Layer.Morphology];

    public IReadOnlyList<Layer> Writes { get; } = [Layer.Times];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var resolver = new TimeResolver(document.Info.Date);
        var result = ImmutableArray.CreateBuilder<TimeExpression>();
        var found = new List<(TimeMatch Match, string? Suffix, int Start, int End)>();
        var scan = new TriggerScan(document, _lexicon);
        TimeTokens? tokens = null;
        foreach (Sentence sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int next = scan.Next(sentence, 0);
            if (next < 0)
            {
                continue;
            }

            if (tokens is null)
            {
                tokens = new TimeTokens(document, sentence, _lexicon);
            }
            else
            {
                tokens.MoveTo(sentence);
            }

            found.Clear();
            for (int i = Math.Max(0, next - Reach); next >= 0 && i < tokens.Count;)
            {
                TimeMatch? best = i == next || CanLead(tokens, i) ? Longest(tokens, i) : null;
                if (best is null)
                {
                    i++;
                }
                else if (best.Meaning is TimeOfDay time && DayAfter(tokens, best.End) is { } day)
                {
                    // "o 9 rano w sobotę", "o 15:00 jutro": the time first, then its day.
                    found.Add((day with { Start = best.Start }, time.Suffix, SpanStart(tokens, best.Start, day.End), day.End));
                    i = day.End;
                }
                else
                {
                    (string? suffix, int end) = Attach(tokens, best);
                    found.Add((best, suffix, SpanStart(tokens, best.Start, end), end));
                    i = end;
                }

                if (next < i)
                {
                    next = scan.Next(sentence, i);
                    i = Math.Max(i, next - Reach);
                }
            }

            resolver.StartSentence(tokens);
            foreach ((TimeMatch match, string? suffix, int start, int end) in found)
            {
                (TimeType type, string? value) = resolver.Resolve(match, suffix, tokens);
                Token first = document.Tokens[sentence.FirstToken + start];
                Token last = document.Tokens[sentence.FirstToken + end - 1];
                result.Add(new TimeExpression(first.Start, last.End, type, value));
            }
        }

        document.SetTimes(result.ToImmutable());
    }

    /// <summary>How many tokens before its first trigger word a phrase may start ("od ponad dwóch lat").</summary>
    private const int Reach = 3;

    /// <summary>
    /// Whether a phrase can start at <paramref name="i"/>, a token before the next trigger: a word or number, not
    /// punctuation or a verb ("od ponad dwóch lat" starts with a preposition, "28 IX 2010" with a number).
    /// </summary>
    private static bool CanLead(TimeTokens tokens, int i)
    {
        if (tokens.Kind(i) is TokenKind.Number or TokenKind.Abbreviation)
        {
            return true;
        }

        if (tokens.Kind(i) != TokenKind.Word)
        {
            return false;
        }

        string tag = tokens.Tag(i);
        return !(tag.StartsWith("fin", StringComparison.Ordinal) || tag.StartsWith("praet", StringComparison.Ordinal)
            || tag.StartsWith("inf", StringComparison.Ordinal) || tag.StartsWith("imps", StringComparison.Ordinal)
            || tag.StartsWith("conj", StringComparison.Ordinal) || tag.StartsWith("aglt", StringComparison.Ordinal));
    }

    private TimeMatch? Longest(TimeTokens tokens, int i)
    {
        TimeMatch? best = null;
        foreach (ITimeRule rule in _rules)
        {
            if (rule.Match(tokens, i) is { } match && (best is null || match.End > best.End))
            {
                best = match;
            }
        }

        return best;
    }

    /// <summary>
    /// Where the phrase's span starts: a leading preposition is left out ("od [24 lat]", "do [godz. 17]"), as
    /// KPWr annotates, unless it forms an idiom with the next word ("na początku", "w przeddzień", "w nocy").
    /// </summary>
    private static int SpanStart(TimeTokens t, int start, int end)
    {
        while (start + 1 < end && t.Entry(start, "preposition") is not null
            && t.Lexicon.Lookup("boundary", t.Lower(start), t.Lemma(start + 1)) is not ["part", ..]
            && t.Lexicon.Lookup("boundary", t.Lower(start), t.Lower(start + 1)) is not ["part", ..]
            && t.EntryText(start + 1, "needs") != t.Lower(start))
        {
            start++;
        }

        return start;
    }

    /// <summary>The day right after a time of day (a comma or "w" between them), with no time of its own, or null.</summary>
    private TimeMatch? DayAfter(TimeTokens tokens, int at)
    {
        int dayAt = tokens.Is(at, ",", "w", "we") ? at + 1 : at;
        return Longest(tokens, dayAt) is { } day && IsDay(day) && Attach(tokens, day).Suffix is null ? day : null;
    }

    /// <summary>Whether a phrase names one day, which a time of day may refine.</summary>
    private static bool IsDay(TimeMatch match) =>
        match.Meaning is AnaphoricDate or WeekdayDate or WeekdayOfWeek or HolidayDate or NthInMonth { Unit: not "W" }
            || match.Meaning is ExplicitDate { Day: not null }
            || match.Meaning is DeicticDate { Granularity: Granularity.Day };

    /// <summary>A day followed by a part of day or a clock time: "19 czerwca wieczorem", "wczoraj o godz. 15:30".</summary>
    private static (string? Suffix, int End) Attach(TimeTokens tokens, TimeMatch match)
    {
        if (!IsDay(match))
        {
            return (null, match.End);
        }

        if (PartOfDayRule.Suffix(tokens, match.End, out int end) is { } code)
        {
            return ("T" + code, end);
        }

        // "28 IX 2010, godz. 23.59": a comma may stand between the day and its hour.
        int clockAt = tokens.Is(match.End, ",") ? match.End + 1 : match.End;
        if ((ClockRule.Suffix(tokens, clockAt, out end) ?? HourOfDayRule.Suffix(tokens, clockAt, out end)) is { } clock)
        {
            return (clock, end);
        }

        // "15 maja o 16": after a day, "o" and a bare number is its hour.
        if (tokens.Is(clockAt, "o") && tokens.Digits(clockAt + 1) is { } hour and <= 24 && tokens.Kind(clockAt + 2) != TokenKind.Word)
        {
            return (HourOfDayRule.Format(hour, 0), clockAt + 2);
        }

        return (null, match.End);
    }
}
