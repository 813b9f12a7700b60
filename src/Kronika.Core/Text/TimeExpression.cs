namespace Kronika.Core.Text;

/// <summary>The TIMEX3 types of a time expression.</summary>
public enum TimeType : byte
{
    Date,
    Time,
    Duration,
    Set,
}

/// <summary>
/// A time expression: a half-open span of the document text, its TIMEX3 type and its normalised TIMEX3
/// value (<c>2024-06-19</c>, <c>2024-W25</c>, <c>P3Y</c>, <c>PAST_REF</c>, <c>XXXX-06-19</c>), or null
/// when the expression is recognised but cannot be normalised.
/// </summary>
public readonly record struct TimeExpression(int Start, int End, TimeType Type, string? Value)
{
    public TextSpan Span => new(Start, End);

    /// <summary>The type as written in TIMEX3 and in the JSON contract: DATE, TIME, DURATION or SET.</summary>
    public string TypeName => Type switch
    {
        TimeType.Date => "DATE",
        TimeType.Time => "TIME",
        TimeType.Duration => "DURATION",
        _ => "SET",
    };
}
