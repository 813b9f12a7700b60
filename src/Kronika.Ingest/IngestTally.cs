namespace Kronika.Ingest;

/// <summary>Counts each article's outcome once and tells the progress display.</summary>
internal sealed class IngestTally(IIngestProgress progress)
{
    private int _added, _unchanged, _replaced, _failed;

    public void Count(Store.PutOutcome outcome)
    {
        switch (outcome)
        {
            case Store.PutOutcome.Added: _added++; break;
            case Store.PutOutcome.Replaced: _replaced++; break;
            default: _unchanged++; break;
        }

        progress.Done();
    }

    public void Failed(string source, string reason)
    {
        _failed++;
        progress.Failed(source, reason);
        progress.Done();
    }

    public IngestSummary Summary(TimeSpan elapsed) => new(_added, _unchanged, _replaced, _failed, elapsed);
}
