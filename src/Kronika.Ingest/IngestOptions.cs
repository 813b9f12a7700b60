namespace Kronika.Ingest;

/// <summary>How an ingest run extracts.</summary>
/// <param name="Jobs">Extraction threads; the store is always written by one.</param>
/// <param name="DefaultDate">The publication date of articles that carry none (<c>--date</c>).</param>
public sealed record IngestOptions(int Jobs, DateOnly? DefaultDate = null);
