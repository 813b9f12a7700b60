namespace Kronika.Polish.Time.Rules;

/// <summary>
/// Weekdays (<c>we wtorek</c>, <c>w piątek</c>, <c>poniedziałkowy</c>): the nearest one on or before the
/// document date, or after it with <c>przyszły</c>, <c>najbliższy</c>, <c>następny</c> before the name, or
/// strictly before it with <c>ostatni</c>, <c>zeszły</c>, <c>poprzedni</c>.
/// </summary>
public sealed class WeekdayRule : ITimeRule
{
    private static readonly ExplicitDateRule Dates = new();

    public TimeMatch? Match(TimeTokens t, int i)
    {
        // "ostatni wtorek", "w zeszłą środę" (the last one); "następny wtorek", "w najbliższą środę" (the next one).
        int? direction = t.EntryNumber(i, "reldet") is { } offset and not 0 ? offset : t.Is(i, "najbliższy", "najbliższą", "najbliższej") ? 1 : null;
        bool future = direction == 1;
        int at = direction is null ? i : i + 1;
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
        if (direction is null && !adjective && !t.Is(i - 1, "w", "we", "od", "do", "na", "z", "ze", "przez") && !t.Is(i + 1, "rano", "wieczorem", "po"))
        {
            return null;
        }

        if (adjective && t.IsCapitalizedInside(at))
        {
            return null; // "Kuriera Niedzielnego": part of a name
        }

        return new TimeMatch(i, at + 1, new WeekdayDate(day, future || (direction is null && t.IsFuture), direction == -1));
    }
}
