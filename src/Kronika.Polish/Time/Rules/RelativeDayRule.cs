namespace Kronika.Polish.Time.Rules;

/// <summary>Days named from the document date: <c>wczoraj</c>, <c>przedwczoraj</c>, <c>dziś</c>, <c>jutro</c>, <c>wczorajszy</c>.</summary>
public sealed class RelativeDayRule : ITimeRule
{
    public TimeMatch? Match(TimeTokens t, int i) =>
        t.EntryNumber(i, "relday") is { } offset ? new TimeMatch(i, i + 1, new DeicticDate(Granularity.Day, offset)) : null;
}
