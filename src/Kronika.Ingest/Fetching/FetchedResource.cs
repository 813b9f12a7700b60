namespace Kronika.Ingest.Fetching;

/// <summary>A fetched body, the address it finally came from (after redirects) and what the server said of it.</summary>
public sealed record FetchedResource(Uri Address, byte[] Body, string? MediaType, string? Charset);
