using System.Diagnostics;
using Kronika.Store;

namespace Kronika.Ingest;

/// <summary>
/// Writes extracted articles to the store in input order, several per transaction (<see cref="IArchiveStore.PutMany"/>)
/// so that a commit's cost is shared, but never holding one back for long. If a batch fails, its articles are
/// written one by one, so that one bad article is reported alone and the others are stored.
/// </summary>
internal sealed class ArchiveWriter(IArchiveStore store, IngestTally tally)
{
    private const int BatchSize = 32;
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(250);

    private readonly List<PreparedArticle> _pending = [];
    private readonly Stopwatch _sinceFlush = Stopwatch.StartNew();

    public void Add(PreparedArticle article)
    {
        _pending.Add(article);
        if (_pending.Count >= BatchSize || _sinceFlush.Elapsed >= MaxDelay)
        {
            Flush();
        }
    }

    public void Flush()
    {
        _sinceFlush.Restart();
        if (_pending.Count == 0)
        {
            return;
        }

        List<ArticleToStore> batch = _pending.Select(p => new ArticleToStore(p.Metadata!, p.Text!, p.Extraction!)).ToList();
        IReadOnlyList<PutOutcome>? outcomes = null;
        try
        {
            outcomes = store.PutMany(batch);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Rolled back as a whole: find the bad article by writing them one at a time.
        }

        for (int i = 0; i < _pending.Count; i++)
        {
            if (outcomes is not null)
            {
                tally.Count(outcomes[i]);
                continue;
            }

            try
            {
                tally.Count(store.Put(batch[i].Article, batch[i].Text, batch[i].Extraction));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                tally.Failed(_pending[i].Source, $"not stored: {IngestRunner.Reason(e)}");
            }
        }

        _pending.Clear();
    }
}
