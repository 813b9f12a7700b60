namespace Kronika.Polish.Time.Rules;

/// <summary>
/// Days counted from the last date the text set: <c>nazajutrz</c>, <c>w przeddzień</c> (anchored on the
/// event named after it), <c>następnego dnia</c>, <c>poprzedniego dnia</c>.
/// </summary>
public sealed class AnaphorRule : ITimeRule
{
    public TimeMatch? Match(TimeTokens t, int i)
    {
        int start = i;
        if (t.Is(i, "w") && t.Lower(i + 1) == "przeddzień")
        {
            i++;
        }

        if (t.EntryNumber(i, "anaphor") is { } days)
        {
            bool eventAnchored = t.Lower(i) == "przeddzień";
            return new TimeMatch(start, i + 1, new AnaphoricDate(days, eventAnchored));
        }

        if (t.Is(start, "następnego", "kolejnego", "nazajutrz") && t.Is(start + 1, "dnia"))
        {
            return new TimeMatch(start, start + 2, new AnaphoricDate(1, false));
        }

        if (t.Is(start, "tego", "tym") && t.Is(start + 1, "samego", "samym") && t.Is(start + 2, "dnia", "dniu"))
        {
            return new TimeMatch(start, start + 3, new AnaphoricDate(0, false));
        }

        if (t.Is(start, "tego") && t.Is(start + 1, "dnia"))
        {
            return new TimeMatch(start, start + 2, new AnaphoricDate(0, false));
        }

        if (t.Is(start, "poprzedniego") && t.Is(start + 1, "dnia"))
        {
            return new TimeMatch(start, start + 2, new AnaphoricDate(-1, false));
        }

        return null;
    }
}
