namespace Kronika.Fuzz;

/// <summary>
/// Thrown when an output breaks the contract (docs/schema.md) although no stage threw: a span outside the
/// text, a dangling id, a different answer for the same input. To the fuzzer it is a crash like any other.
/// </summary>
public sealed class InvariantViolation(string message) : Exception(message);
