using System.Globalization;
using Kronika.Core.Text;

namespace Kronika.Polish.Time.Rules;

/// <summary>
/// Decades of the twentieth century: <c>w latach 70.</c>, <c>lata siedemdziesiąte</c>, <c>pod koniec lat 60.</c>
/// (TIMEX3 <c>197</c>, <c>196</c>). News that names a decade this way almost always means the 1900s.
/// </summary>
public sealed class DecadeRule : ITimeRule
{
    public TimeMatch? Match(TimeTokens t, int i)
    {
        if (!t.Is(i, "lata", "latach", "lat", "latami"))
        {
            return null;
        }

        int? decade = null;
        string form = t.Lower(i + 1);
        if (t.Kind(i + 1) == TokenKind.Number && form.TrimEnd('.') is { Length: 2 } digits
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int n))
        {
            decade = n;
        }
        else if (t.Tag(i + 1).StartsWith("adj", StringComparison.Ordinal) && t.EntryNumber(i + 1, "ordinal") is { } ordinal)
        {
            decade = ordinal;
        }

        if (decade is not { } d || d % 10 != 0 || d < 20)
        {
            return null;
        }

        // "lat 60." may be tokenised with the dot apart.
        int end = form.EndsWith('.') || !t.Is(i + 2, ".") ? i + 2 : i + 3;
        return new TimeMatch(i, end, new FixedValue(TimeType.Date, $"19{d / 10}"));
    }
}
