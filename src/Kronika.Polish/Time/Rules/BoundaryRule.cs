namespace Kronika.Polish.Time.Rules;

/// <summary>
/// Boundaries of a period: <c>na początku 2022 roku</c>, <c>pod koniec czerwca</c>, <c>w połowie tego tygodnia</c>,
/// <c>na przełomie maja i czerwca</c>. The value is the period's own (TIMEX3 has no finer mark for "the start of").
/// </summary>
public sealed class BoundaryRule(IReadOnlyList<ITimeRule> periods) : ITimeRule
{
    public TimeMatch? Match(TimeTokens t, int i)
    {
        if (t.Lexicon.Lookup("boundary", t.Lower(i), t.Lemma(i + 1)) is null && t.Lexicon.Lookup("boundary", t.Lower(i), t.Lower(i + 1)) is null)
        {
            return null;
        }

        foreach (ITimeRule rule in periods)
        {
            if (rule.Match(t, i + 2) is { } inner)
            {
                int end = inner.End;
                // "na przełomie maja i czerwca": the second period belongs to the phrase.
                if (t.Is(end, "i", "a") && rule.Match(t, end + 1) is { } second)
                {
                    end = second.End;
                }

                return new TimeMatch(i, end, inner.Meaning);
            }
        }

        return null;
    }
}
