namespace Kronika.Polish.Time.Rules;

/// <summary>
/// Seasons, as nouns or adjectives: <c>jesień</c>, <c>wiosenna trasa</c>, <c>latem</c> (TIMEX3 <c>2024-FA</c>, of the
/// document's year). "lata" is far more often years than summer, so the noun counts only in its unambiguous forms.
/// </summary>
public sealed class SeasonRule : ITimeRule
{
    public TimeMatch? Match(TimeTokens t, int i)
    {
        if (t.EntryText(i, "season") is not { } season || t.IsCapitalizedInside(i))
        {
            return null;
        }

        if (t.Lemma(i) == "lato" && t.Entry(i, "seasonform") is null)
        {
            return null;
        }

        return new TimeMatch(i, i + 1, new SeasonDate(season));
    }
}
