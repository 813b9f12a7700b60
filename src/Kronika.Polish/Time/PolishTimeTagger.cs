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
        ITimeRule[] periods = [new ExplicitDateRule(), new YearRule(), new RelativePeriodRule()];
        _rules =
        [
            new ExplicitDateRule(), new YearRule(), new BoundaryRule(periods), new RelativeDayRule(), new RelativePeriodRule(),
            new AnaphorRule(), new OffsetRule(), new WeekdayRule(), new SetRule(), new DurationRule(), new VagueRule(),
            new DurationAdjectiveRule(), new ClockRule(), new HourOfDayRule(), new PartOfDayRule(),
        ];
    }

    public string Name => "polish-time-tagger";

    public IReadOnlyList<Layer> Reads { get; } = [Layer.Tokens, Layer.Sentences, Layer.Morphology];

    public IReadOnlyList<Layer> Writes { get; } = [Layer.Times];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var resolver = new TimeResolver(document.Info.Date);
        var result = ImmutableArray.CreateBuilder<TimeExpression>();
        foreach (Sentence sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var tokens = new TimeTokens(document, sentence, _lexicon);
            var found = new List<(TimeMatch Match, string? Suffix, int End)>();
            for (int i = 0; i < tokens.Count;)
            {
                TimeMatch? best = null;
                foreach (ITimeRule rule in _rules)
                {
                    if (rule.Match(tokens, i) is { } match && (best is null || match.End > best.End))
                    {
                        best = match;
                    }
                }

                if (best is null)
                {
                    i++;
                    continue;
                }

                (string? suffix, int end) = Attach(tokens, best);
                found.Add((best, suffix, end));
                i = end;
            }

            resolver.StartSentence(tokens);
            foreach ((TimeMatch match, string? suffix, int end) in found)
            {
                (TimeType type, string? value) = resolver.Resolve(match, suffix, tokens);
                Token first = document.Tokens[sentence.FirstToken + match.Start];
                Token last = document.Tokens[sentence.FirstToken + end - 1];
                result.Add(new TimeExpression(first.Start, last.End, type, value));
            }
        }

        document.SetTimes(result.ToImmutable());
    }

    /// <summary>A day followed by a part of day or a clock time: "19 czerwca wieczorem", "wczoraj o godz. 15:30".</summary>
    private static (string? Suffix, int End) Attach(TimeTokens tokens, TimeMatch match)
    {
        bool dayLike = match.Meaning is AnaphoricDate or WeekdayDate
            || match.Meaning is ExplicitDate { Day: not null }
            || match.Meaning is DeicticDate { Granularity: Granularity.Day };
        if (!dayLike)
        {
            return (null, match.End);
        }

        if (PartOfDayRule.Suffix(tokens, match.End, out int end) is { } code)
        {
            return ("T" + code, end);
        }

        if (ClockRule.Suffix(tokens, match.End, out end) is { } clock)
        {
            return (clock, end);
        }

        return (null, match.End);
    }
}
