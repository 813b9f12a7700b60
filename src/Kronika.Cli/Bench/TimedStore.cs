using System.Collections.Concurrent;
using System.Diagnostics;
using Kronika.Core.Output;
using Kronika.Store;

namespace Kronika.Cli.Bench;

/// <summary>
/// An archive that times each write (one batch of articles in one transaction) and passes everything to
/// the real store: what the write side costs, apart from extraction, as the archive grows.
/// </summary>
internal sealed class TimedStore(IArchiveStore inner) : IArchiveStore
{
    private readonly ConcurrentQueue<double> writes = new();

    /// <summary>The time of each write in ms, since the last <see cref="TakeWrites"/>.</summary>
    public List<double> TakeWrites()
    {
        var taken = new List<double>();
        while (writes.TryDequeue(out double ms))
        {
            taken.Add(ms);
        }

        return taken;
    }

    public PutOutcome Put(ArticleMetadata article, string text, ExtractionResult extraction) =>
        Timed(() => inner.Put(article, text, extraction));

    public IReadOnlyList<PutOutcome> PutMany(IReadOnlyList<ArticleToStore> articles) => Timed(() => inner.PutMany(articles));

    private T Timed<T>(Func<T> write)
    {
        long start = Stopwatch.GetTimestamp();
        T result = write();
        writes.Enqueue(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        return result;
    }

    public bool Contains(string sha256) => inner.Contains(sha256);

    public Page<DocumentSummary> Documents(DocumentQuery query) => inner.Documents(query);

    public StoredDocument? Document(long id) => inner.Document(id);

    public Page<ArchiveEvent> Events(EventQuery query) => inner.Events(query);

    public ArchiveEvent? Event(long id) => inner.Event(id);

    public Page<ArchiveEntity> Entities(EntityQuery query) => inner.Entities(query);

    public ArchiveEntityRecord? Entity(string idOrName) => inner.Entity(idOrName);

    public Page<ArchiveQuote> Quotes(QuoteQuery query) => inner.Quotes(query);

    public Page<ArchiveClaim> Claims(ClaimQuery query) => inner.Claims(query);

    public Page<SearchHit> Search(string words, PageRequest page) => inner.Search(words, page);

    public ArchiveStats Stats() => inner.Stats();

    public long ChangeVersion() => inner.ChangeVersion();

    public void Dispose() => inner.Dispose();
}
