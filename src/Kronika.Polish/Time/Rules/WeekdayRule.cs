namespace Kronika.Polish.Time.Rules;

/// <summary>
/// Weekdays (<c>we wtorek</c>, <c>w piątek</c>, <c>poniedziałkowy</c>): the nearest one on or before the
/// document date, or after it with <c>przyszły</c>, <c>najbliższy</c>, <c>następny</c> before the name.
/// </summary>
public sealed class WeekdayRule : ITimeRule
{
    public TimeMatch? Match(TimeTokens t, int i)
    {
        bool future = t.Is(i, "przyszły", "przyszłą", "przyszłej", "najbliższy", "najbliższą", "najbliższej", "następny", "następną", "następnej");
        int at = future ? i + 1 : i;
        if (t.EntryNumber(at, "weekday") is not { } day)
        {
            return null;
        }

        // "środa" and "piątek" are also common nouns; ask for a preposition or an adjective form.
        bool adjective = t.Tag(at).StartsWith("adj", StringComparison.Ordinal);
        if (!future && !adjective && !t.Is(i - 1, "w", "we", "od", "do", "na", "z", "ze", "przez") && !t.Is(i + 1, "rano", "wieczorem", "po"))
        {
            return null;
        }

        return new TimeMatch(i, at + 1, new WeekdayDate(day, future));
    }
}
