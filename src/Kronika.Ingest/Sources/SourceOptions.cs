using Kronika.Core.Input;
using Kronika.Ingest.Fetching;

namespace Kronika.Ingest.Sources;

/// <summary>How inputs are read.</summary>
public sealed record SourceOptions
{
    /// <summary>Forces an encoding for local files (<c>--encoding</c>); detected when null.</summary>
    public string? Encoding { get; init; }

    public long MaxBytes { get; init; } = InputReader.DefaultMaxBytes;

    /// <summary>Whether a feed item without content is read by fetching its link.</summary>
    public bool FetchLinks { get; init; } = true;

    public FetchOptions Fetch { get; init; } = new();
}
