namespace Kronika.Polish.Time.Rules;

/// <summary>
/// Weekdays (<c>we wtorek</c>, <c>w piątek</c>, <c>poniedziałkowy</c>): the nearest one on or before the
/// document date, or after it with <c>przyszły</c>, <c>najbliższy</c>, <c>następny</c> before the name.
/// </summary>
public sealed class WeekdayRule : ITimeRule
{
    private static readonly ExplicitDateRule Dates = new();

    public TimeMatch? Match(TimeTokens t, int i)
    {
        bool future = t.Is(i, "przyszły", "przyszłą", "przyszłej", "najbliższy", "najbliższą", "najbliższej", "następny", "następną", "następnej");
        int at = future ? i + 1 : i;
        if (t.EntryNumber(at, "weekday") is not { } day)
        {
            return null;
        }

        bool adjective = t.Tag(at).StartsWith("adj", StringComparison.Ordinal);
        // "wtorek, 15.08.2006", "czwartek 7 października": the date says which one.
        int next = t.Is(at + 1, ",") ? at + 2 : at + 1;
        if (Dates.Match(t, next) is { Meaning: ExplicitDate { Day: not null } } date)
        {
            return new TimeMatch(i, date.End, date.Meaning);
        }

        // "środa" and "piątek" are also common nouns; ask for a preposition or an adjective form.
        if (!future && !adjective && !t.Is(i - 1, "w", "we", "od", "do", "na", "z", "ze", "przez") && !t.Is(i + 1, "rano", "wieczorem", "po"))
        {
            return null;
        }

        if (adjective && t.IsCapitalizedInside(at))
        {
            return null; // "Kuriera Niedzielnego": part of a name
        }

        return new TimeMatch(i, at + 1, new WeekdayDate(day, future || t.IsFuture));
    }
}
