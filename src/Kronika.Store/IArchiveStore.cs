using Kronika.Core.Output;

namespace Kronika.Store;

/// <summary>
/// The archive: every stored article with its extraction, and the entities, events and claims merged
/// across articles. Ingest, the query commands and the HTTP API see only this interface, so that a server
/// database can replace the embedded SQLite file without touching them.
/// </summary>
public interface IArchiveStore : IDisposable
{
    /// <summary>
    /// Stores one article and its facts in a single transaction, merging them into the archive. An article
    /// whose normalised text is already stored changes nothing; one with the same URL and a new text replaces
    /// the old version's facts.
    /// </summary>
    PutOutcome Put(ArticleMetadata article, string text, ExtractionResult extraction);

    /// <summary>
    /// Stores several articles in one transaction, each as <see cref="Put"/> would (a later one sees the
    /// earlier ones): ingest batches articles so that a commit is paid once per batch, not per article. A
    /// killed process leaves the whole batch unwritten, never part of an article. When one article fails
    /// (a broken extraction), the whole batch is rolled back and the exception propagates: store that
    /// batch's articles one by one to keep the others and report the bad one.
    /// </summary>
    IReadOnlyList<PutOutcome> PutMany(IReadOnlyList<ArticleToStore> articles);

    /// <summary>Whether an article with this text hash (SHA-256 of the normalised text) is stored: ingest skips it before extracting.</summary>
    bool Contains(string sha256);

    Page<DocumentSummary> Documents(DocumentQuery query);

    StoredDocument? Document(long id);

    Page<ArchiveEvent> Events(EventQuery query);

    ArchiveEvent? Event(long id);

    Page<ArchiveEntity> Entities(EntityQuery query);

    /// <summary>One entity by archive id, knowledge-base id or name (case- and diacritic-insensitive).</summary>
    ArchiveEntityRecord? Entity(string idOrName);

    Page<ArchiveQuote> Quotes(QuoteQuery query);

    Page<ArchiveClaim> Claims(ClaimQuery query);

    /// <summary>Full-text search over articles, quotations and claims.</summary>
    Page<SearchHit> Search(string words, PageRequest page);

    ArchiveStats Stats();

    /// <summary>
    /// A number that changes whenever the archive may have changed, by a write of this process or of another
    /// one (an ingest running beside a server): an answer computed while it had one value is current as long
    /// as it keeps that value. Cheap enough to ask on every request.
    /// </summary>
    long ChangeVersion();
}

/// <summary>One article for <see cref="IArchiveStore.PutMany"/>: its metadata, its NFC text and its extraction.</summary>
public sealed record ArticleToStore(ArticleMetadata Article, string Text, ExtractionResult Extraction);

/// <summary>What happened to an article handed to <see cref="IArchiveStore.Put"/>.</summary>
public enum PutOutcome
{
    Added,
    Unchanged,
    Replaced,
}
