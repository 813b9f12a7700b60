namespace Kronika.Core;

/// <summary>What is known about a document apart from its text.</summary>
/// <param name="Id">Stable identifier; defaults to a prefix of the text's SHA-256.</param>
/// <param name="Source">Where the text came from: a path, a URL, or <c>-</c> for standard input.</param>
/// <param name="Title">The headline, when known.</param>
/// <param name="Language">ISO 639-1 code of the text's language.</param>
/// <param name="Date">Publication date: the anchor for relative time expressions.</param>
public sealed record DocumentInfo(
    string? Id = null,
    string? Source = null,
    string? Title = null,
    string Language = "pl",
    DateOnly? Date = null);
