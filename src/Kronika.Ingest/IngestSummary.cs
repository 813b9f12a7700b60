namespace Kronika.Ingest;

/// <summary>What one ingest run did: each article read is counted exactly once.</summary>
public sealed record IngestSummary(int Added, int Unchanged, int Replaced, int Failed, TimeSpan Elapsed)
{
    public int Documents => Added + Unchanged + Replaced + Failed;

    public double DocumentsPerSecond => Elapsed > TimeSpan.Zero ? Documents / Elapsed.TotalSeconds : 0;
}
