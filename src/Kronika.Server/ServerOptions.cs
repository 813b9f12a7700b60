namespace Kronika.Server;

/// <summary>How <c>kronika serve</c> listens and the limits it keeps (docs/server.md).</summary>
public sealed record ServerOptions
{
    /// <summary>Addresses to listen on; loopback unless the user asks otherwise.</summary>
    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:5080"];

    /// <summary>The key a write must carry in <c>X-Api-Key</c>; with none, writes are disabled.</summary>
    public string? ApiKey { get; init; }

    public long MaxRequestBodyBytes { get; init; } = 2 * 1024 * 1024;

    public int MaxRequestHeadersBytes { get; init; } = 16 * 1024;

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Requests served at once; more wait in a bounded queue, and past that get 503.</summary>
    public int MaxConcurrentRequests { get; init; } = 32;

    public int RequestQueueLength { get; init; } = 256;

    /// <summary>Writes (each one a full extraction) allowed per client address and minute.</summary>
    public int WritesPerMinute { get; init; } = 60;

    /// <summary>
    /// How long after the archive changes a read route may still answer from its cache while the answer is
    /// recomputed in the background (docs/server.md); zero recomputes before answering.
    /// </summary>
    public TimeSpan MaxStaleness { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Read answers kept in memory, the least recently used dropped first.</summary>
    public int CachedAnswers { get; init; } = 1000;

    /// <summary>The least that is logged; tests keep it quiet.</summary>
    public Microsoft.Extensions.Logging.LogLevel LogLevel { get; init; } = Microsoft.Extensions.Logging.LogLevel.Information;
}
