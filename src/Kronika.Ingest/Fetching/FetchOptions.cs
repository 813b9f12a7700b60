namespace Kronika.Ingest.Fetching;

/// <summary>The bounds every fetch keeps, so that no server can make ingest hang, fill memory or reach the local network.</summary>
public sealed record FetchOptions
{
    public bool AllowPrivateNetwork { get; init; }

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The whole fetch, redirects and body included: a server that never finishes sending is cut off here.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public long MaxBytes { get; init; } = 16L * 1024 * 1024;

    public int MaxRedirects { get; init; } = 5;

    public string UserAgent { get; init; } = "Kronika/1.0 (news archive; +https://github.com/kronika)";
}
