namespace Kronika.Server;

/// <summary>The body of <c>POST /api/documents</c>: one article, as a line of the JSON Lines input.</summary>
/// <param name="Date">Publication date, yyyy-MM-dd: the anchor of its relative time expressions.</param>
/// <param name="Source">The outlet that published it.</param>
public sealed record ArticleSubmission(string? Title, string? Text, string? Date, string? Url, string? Source);

/// <summary>What became of a posted article.</summary>
/// <param name="Outcome">added, unchanged (the same text is already stored) or replaced (a new version of the same URL).</param>
public sealed record SubmissionResult(string Outcome, string Sha256, int Entities, int Events, int Quotes, int Claims);

/// <summary>Source-generated JSON for the write route's body and answer; the server's options (camelCase) apply.</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(ArticleSubmission))]
[System.Text.Json.Serialization.JsonSerializable(typeof(SubmissionResult))]
internal sealed partial class ServerJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
