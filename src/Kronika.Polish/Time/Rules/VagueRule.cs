using Kronika.Core.Text;

namespace Kronika.Polish.Time.Rules;

/// <summary>Vague references: <c>niedawno</c> (PAST_REF), <c>obecnie</c>, <c>teraz</c>, <c>w tej chwili</c> (PRESENT_REF), <c>wkrótce</c> (FUTURE_REF).</summary>
public sealed class VagueRule : ITimeRule
{
    public TimeMatch? Match(TimeTokens t, int i)
    {
        // "w tej chwili", "w tym momencie": now, unless the sentence tells a past ("w tym momencie padł strzał").
        if (t.Is(i, "w") && t.Lemma(i + 1) == "ten" && t.Entry(i + 2, "nownoun") is not null && !t.IsPast)
        {
            return new TimeMatch(i, i + 3, new FixedValue(TimeType.Date, "PRESENT_REF"));
        }

        // "niedawnej decyzji": the adjective of a vague word is vague too.
        string? value = t.EntryText(i, "vague");
        if (value is null)
        {
            return null;
        }

        // "przyszłość", "przeszłość" are nouns: only "w przyszłości", "w przeszłości" are times.
        if (t.Tag(i).StartsWith("subst", StringComparison.Ordinal) && !t.Is(i - 1, "w"))
        {
            return null;
        }

        return new TimeMatch(i, i + 1, new FixedValue(TimeType.Date, value));
    }
}
