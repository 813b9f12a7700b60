namespace Kronika.Polish.Time.Rules;

/// <summary>One small piece of the time grammar: the phrase that starts at token <c>i</c>, if this rule knows it.</summary>
public interface ITimeRule
{
    TimeMatch? Match(TimeTokens t, int i);
}
