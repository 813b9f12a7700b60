namespace Kronika.Ingest.Fetching;

/// <summary>A URL that could not be fetched; the message is one line for the user.</summary>
public sealed class FetchException(string message) : Exception(message);
