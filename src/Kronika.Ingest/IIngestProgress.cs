namespace Kronika.Ingest;

/// <summary>What an ingest run tells its user while it goes.</summary>
public interface IIngestProgress
{
    /// <summary>The number of articles expected so far grew (an input held several: a feed, JSON Lines).</summary>
    void Expect(int total);

    /// <summary>One more article is done, whatever its outcome.</summary>
    void Done();

    /// <summary>One article or input could not be ingested: one line, the source and the reason.</summary>
    void Failed(string source, string reason);
}
