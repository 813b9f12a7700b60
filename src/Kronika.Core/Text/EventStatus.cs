namespace Kronika.Core.Text;

/// <summary>Whether the text says an event happened, and on whose word.</summary>
public enum EventStatus
{
    /// <summary>The text states it as a fact.</summary>
    Asserted,

    /// <summary>The text says it did not happen (<c>nie podpisali</c>).</summary>
    Negated,

    /// <summary>Someone in the text says it happened (<c>twierdzi, że</c>, <c>rzekomo</c>, <c>miał dostarczyć</c>).</summary>
    Claimed,

    /// <summary>Someone in the text says it did not happen (<c>zaprzecza, że</c>).</summary>
    Denied,

    /// <summary>It would happen (<c>podpisałby</c>).</summary>
    Hypothetical,

    /// <summary>It happens only if something else does (<c>jeśli Rosja użyje…</c>).</summary>
    Conditional,

    /// <summary>It is to happen or planned (<c>podpisze</c>, <c>planuje podpisać</c>).</summary>
    Future,
}
