using System.Globalization;
using System.Text.Json;
using Kronika.Core.Output;
using Microsoft.Data.Sqlite;

namespace Kronika.Store.Sqlite;

/// <summary>
/// Writes articles and their facts inside one open transaction, merging entities and events into the
/// archive as it goes, and remembers which archive entities and events it touched so that their counts
/// are brought up to date once, at the end (<see cref="Recount"/>). It lives as long as the store's write
/// connection, so that each SQL statement is prepared once, not once per article.
/// </summary>
/// <remarks>
/// An added article only adds to an entity's counts, so they grow by what the batch added (a few rows per
/// entity); counting an entity's rows again would read all of them, and a country or a head of state is
/// named in most articles, which made each batch slower the larger the archive. Only the entities of a
/// removed (replaced) article are counted again in full, since a removal can delete events and shrink counts.
/// </remarks>
internal sealed class DocumentWriter : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly Dictionary<string, SqliteCommand> commands = [];
    private readonly HashSet<long> recountedEntities = [];
    private readonly Dictionary<long, EntityCounts> addedCounts = [];
    private readonly HashSet<long> touchedEvents = [];
    private readonly HashSet<long> touchedClaims = [];
    private readonly EventMerger merger;
    private SqliteTransaction? transaction;

    public DocumentWriter(SqliteConnection connection)
    {
        this.connection = connection;
        merger = new EventMerger(Prepared);
    }

    /// <summary>The transaction the next writes belong to: one per batch.</summary>
    public void Begin(SqliteTransaction batch)
    {
        transaction = batch;
        touchedClaims.Clear();
        touchedEvents.Clear();
        recountedEntities.Clear();
        addedCounts.Clear();
    }

    public long? FindBySha(string sha256) => Prepared("SELECT id FROM documents WHERE sha256 = $sha").With("$sha", sha256).LongOrNull();

    /// <summary>The stored version of the article at this canonical URL (the oldest, should there be several).</summary>
    public long? FindByUrl(string url) => Prepared("SELECT id FROM documents WHERE url = $url ORDER BY id LIMIT 1").With("$url", url).LongOrNull();

    /// <summary>Removes an article with all its facts; archive events, claims and entities left without any report go too.</summary>
    public void Remove(long document)
    {
        Collect("SELECT entity_id FROM document_entities WHERE document_id = $d", document, recountedEntities);
        Collect("SELECT DISTINCT event_id FROM event_mentions WHERE document_id = $d", document, touchedEvents);
        Collect("SELECT DISTINCT claim_id FROM claim_reports WHERE document_id = $d", document, touchedClaims);
        Run("DELETE FROM quotes_fts WHERE rowid IN (SELECT id FROM quotes WHERE document_id = $d)", document);
        Run("DELETE FROM claims_fts WHERE rowid IN (SELECT id FROM claim_reports WHERE document_id = $d)", document);
        Run("DELETE FROM documents_fts WHERE rowid = $d", document);
        Run("DELETE FROM documents WHERE id = $d", document);
    }

    /// <summary>Stores an article and its facts; <paramref name="id"/> keeps the id of the version it replaces.</summary>
    public void Add(long? id, string sha256, ArticleMetadata article, string text, ExtractionResult extraction)
    {
        long document = Prepared("""
            INSERT INTO documents (id, sha256, url, title, date, outlet, author, origin, text, extraction, entity_count, event_count, quote_count, ingested_at)
            VALUES ($id, $sha, $url, $title, $date, $outlet, $author, $origin, $text, $json, $entities, $events, $quotes, $at)
            RETURNING id
            """)
            .With("$id", id)
            .With("$sha", sha256)
            .With("$url", Blank(article.Url))
            .With("$title", Blank(article.Title) ?? extraction.Document.Title)
            .With("$date", article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? extraction.Document.Date)
            .With("$outlet", Blank(article.Outlet))
            .With("$author", Blank(article.Author))
            .With("$origin", article.Origin)
            .With("$text", text)
            .With("$json", JsonSerializer.Serialize(extraction, KronikaJsonContext.Default.ExtractionResult))
            .With("$entities", extraction.Entities.Length)
            .With("$events", extraction.Events.Length)
            .With("$quotes", extraction.Quotes.Length)
            .With("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture))
            .Long();
        Prepared("INSERT INTO documents_fts (rowid, title, text) VALUES ($d, $title, $text)")
            .With("$d", document).With("$title", Blank(article.Title) ?? extraction.Document.Title ?? "").With("$text", text).ExecuteNonQuery();

        Dictionary<string, long> entities = AddEntities(document, extraction);
        AddTimes(document, extraction);
        AddQuotes(document, extraction, entities);
        Dictionary<string, long> events = AddEvents(document, extraction, entities, text);
        AddClaims(document, extraction, entities, events, text);
    }

    /// <summary>Recomputes the counts of everything touched and drops what no article reports any more.</summary>
    public void Recount()
    {
        foreach (long claim in touchedClaims)
        {
            Run("DELETE FROM claims WHERE id = $d AND NOT EXISTS (SELECT 1 FROM claim_reports WHERE claim_id = $d)", claim);
        }

        foreach (long e in touchedEvents.Order())
        {
            merger.Recompute(e);
        }

        foreach (long entity in recountedEntities.Order())
        {
            if (Run("DELETE FROM entities WHERE id = $d AND NOT EXISTS (SELECT 1 FROM document_entities WHERE entity_id = $d)", entity) == 0)
            {
                Run("""
                    UPDATE entities SET
                        mentions = (SELECT COUNT(*) FROM mentions WHERE entity_id = $d),
                        documents = (SELECT COUNT(*) FROM document_entities WHERE entity_id = $d),
                        events = (SELECT COUNT(DISTINCT event_id) FROM event_actors WHERE entity_id = $d)
                    WHERE id = $d
                    """, entity);
            }
        }

        SqliteCommand grow = Prepared("UPDATE entities SET mentions = mentions + $m, documents = documents + $docs, events = events + $events WHERE id = $d");
        foreach ((long entity, EntityCounts added) in addedCounts.OrderBy(p => p.Key))
        {
            if (!recountedEntities.Contains(entity))
            {
                grow.With("$d", entity).With("$m", added.Mentions).With("$docs", added.Documents).With("$events", added.Events).ExecuteNonQuery();
            }
        }

        touchedClaims.Clear();
        touchedEvents.Clear();
        recountedEntities.Clear();
        addedCounts.Clear();
    }

    private Dictionary<string, long> AddEntities(long document, ExtractionResult extraction)
    {
        var ids = new Dictionary<string, long>(extraction.Entities.Length, StringComparer.Ordinal);
        SqliteCommand upsert = Prepared("""
            INSERT INTO entities (key, type, name, folded, country, actor, knowledge_id) VALUES ($key, $type, $name, $folded, $country, $actor, $kid)
            ON CONFLICT (key) DO UPDATE SET country = coalesce(entities.country, excluded.country), actor = coalesce(entities.actor, excluded.actor)
            RETURNING id
            """);
        SqliteCommand link = Prepared("INSERT INTO document_entities (document_id, local_id, entity_id, name, roles) VALUES ($d, $local, $e, $name, $roles)");
        SqliteCommand mention = Prepared("""
            INSERT INTO mentions (document_id, entity_local, entity_id, start, "end", text, lemma, folded, kind)
            VALUES ($d, $local, $e, $start, $end, $text, $lemma, $folded, $kind)
            """);
        foreach (EntityRecord entity in extraction.Entities)
        {
            long id = upsert
                .With("$key", EntityIdentity.Key(entity))
                .With("$type", entity.Type)
                .With("$name", entity.Name)
                .With("$folded", NameFolding.Lookup(entity.Name))
                .With("$country", entity.Country)
                .With("$actor", entity.Actor)
                .With("$kid", entity.KnowledgeId)
                .Long();
            ids[entity.Id] = id;
            Added(id).Documents++;
            Added(id).Mentions += entity.Mentions.Length;
            link.With("$d", document).With("$local", entity.Id).With("$e", id).With("$name", entity.Name)
                .With("$roles", JsonSerializer.Serialize(entity.Roles.ToArray(), ArchiveJsonContext.Default.StringArray)).ExecuteNonQuery();
            foreach (MentionRecord m in entity.Mentions)
            {
                mention.With("$d", document).With("$local", entity.Id).With("$e", id).With("$start", m.Start).With("$end", m.End)
                    .With("$text", m.Text).With("$lemma", m.Lemma).With("$folded", NameFolding.Lookup(m.Lemma)).With("$kind", m.Kind).ExecuteNonQuery();
            }
        }

        return ids;
    }

    private void AddTimes(long document, ExtractionResult extraction)
    {
        SqliteCommand insert = Prepared("""INSERT INTO times (document_id, local_id, start, "end", text, type, value) VALUES ($d, $local, $start, $end, $text, $type, $value)""");
        foreach (TimeRecord t in extraction.Times)
        {
            insert.With("$d", document).With("$local", t.Id).With("$start", t.Start).With("$end", t.End).With("$text", t.Text).With("$type", t.Type).With("$value", t.Value).ExecuteNonQuery();
        }
    }

    private void AddQuotes(long document, ExtractionResult extraction, Dictionary<string, long> entities)
    {
        SqliteCommand insert = Prepared("""
            INSERT INTO quotes (document_id, local_id, start, "end", text, direct, speaker_id, speaker_text, cue)
            VALUES ($d, $local, $start, $end, $text, $direct, $speaker, $speakerText, $cue) RETURNING id
            """);
        SqliteCommand index = Prepared("INSERT INTO quotes_fts (rowid, text) VALUES ($id, $text)");
        foreach (QuoteRecord q in extraction.Quotes)
        {
            long id = insert.With("$d", document).With("$local", q.Id).With("$start", q.Start).With("$end", q.End).With("$text", q.Text)
                .With("$direct", q.Direct ? 1 : 0).With("$speaker", Archive(q.Speaker, entities)).With("$speakerText", q.SpeakerText).With("$cue", q.Cue).Long();
            index.With("$id", id).With("$text", q.Text).ExecuteNonQuery();
        }
    }

    private Dictionary<string, long> AddEvents(long document, ExtractionResult extraction, Dictionary<string, long> entities, string text)
    {
        var ids = new Dictionary<string, long>(extraction.Events.Length, StringComparer.Ordinal);
        SqliteCommand insert = Prepared("""
            INSERT INTO event_mentions (document_id, local_id, event_id, mode, cameo, date, location_id, status, claimed_by,
                trigger_start, trigger_end, trigger_text, sentence_start, sentence_end, sentence_text)
            VALUES ($d, $local, $event, $mode, $cameo, $date, $location, $status, $claimedBy, $ts, $te, $tt, $ss, $se, $st)
            """);
        foreach (EventRecord e in extraction.Events)
        {
            long[] source = ArchiveIds(e.Source, entities);
            long[] target = ArchiveIds(e.Target, entities);
            long? location = Archive(e.Location, entities);
            (long archiveEvent, bool created) = merger.Merge(document, e, source, target, location);
            ids[e.Id] = archiveEvent;
            touchedEvents.Add(archiveEvent);
            if (created)
            {
                foreach (long actor in source.Union(target))
                {
                    Added(actor).Events++;
                }
            }

            insert.With("$d", document).With("$local", e.Id).With("$event", archiveEvent).With("$mode", e.Mode).With("$cameo", e.Cameo)
                .With("$date", e.Date).With("$location", location).With("$status", e.Status)
                .With("$claimedBy", JsonIds.Write(ArchiveIds(e.ClaimedBy, entities)))
                .With("$ts", e.Trigger.Start).With("$te", e.Trigger.End).With("$tt", e.Trigger.Text)
                .With("$ss", e.Sentence.Start).With("$se", e.Sentence.End).With("$st", Slice(text, e.Sentence.Start, e.Sentence.End))
                .ExecuteNonQuery();
        }

        return ids;
    }

    private void AddClaims(long document, ExtractionResult extraction, Dictionary<string, long> entities, Dictionary<string, long> events, string text)
    {
        SqliteCommand claim = Prepared("INSERT INTO claims (event_id) VALUES ($event) ON CONFLICT (event_id) DO UPDATE SET event_id = excluded.event_id RETURNING id");
        SqliteCommand report = Prepared("""
            INSERT INTO claim_reports (claim_id, document_id, local_id, start, "end", text, claimants, denied_by)
            VALUES ($claim, $d, $local, $start, $end, $text, $claimants, $denied) RETURNING id
            """);
        SqliteCommand index = Prepared("INSERT INTO claims_fts (rowid, text) VALUES ($id, $text)");
        foreach (ClaimRecord c in extraction.Claims)
        {
            if (!events.TryGetValue(c.Event, out long archiveEvent))
            {
                continue; // A claim about an event the article does not list breaks the contract; nothing to attach it to.
            }

            long claimId = claim.With("$event", archiveEvent).Long();
            int start = ClaimStart(text, c, extraction);
            touchedClaims.Add(claimId);
            long reportId = report.With("$claim", claimId).With("$d", document).With("$local", c.Id)
                .With("$start", start).With("$end", start < 0 ? -1 : start + c.Text.Length).With("$text", c.Text)
                .With("$claimants", JsonIds.Write(ArchiveIds(c.Claimants, entities))).With("$denied", JsonIds.Write(ArchiveIds(c.DeniedBy, entities))).Long();
            index.With("$id", reportId).With("$text", c.Text).ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Where a claim's clause is: the contract gives its words, not its offsets, so it is looked for from the
    /// sentence of its event on (the clause states that event), else anywhere; -1 when absent.
    /// </summary>
    private static int ClaimStart(string text, ClaimRecord claim, ExtractionResult extraction)
    {
        int from = extraction.Events.FirstOrDefault(e => e.Id == claim.Event)?.Sentence.Start ?? 0;
        int start = from <= text.Length ? text.IndexOf(claim.Text, from, StringComparison.Ordinal) : -1;
        return start >= 0 ? start : text.IndexOf(claim.Text, StringComparison.Ordinal);
    }

    private static string Slice(string text, int start, int end) =>
        start >= 0 && end <= text.Length && start <= end ? text[start..end] : "";

    private static long? Archive(string? local, Dictionary<string, long> entities) =>
        local is not null && entities.TryGetValue(local, out long id) ? id : null;

    /// <summary>The archive entities behind local ids, distinct and sorted, so that equal sets compare equal.</summary>
    private static long[] ArchiveIds(System.Collections.Immutable.ImmutableArray<string> locals, Dictionary<string, long> entities)
    {
        var ids = new SortedSet<long>();
        foreach (string local in locals)
        {
            if (entities.TryGetValue(local, out long id))
            {
                ids.Add(id);
            }
        }

        return [.. ids];
    }

    private EntityCounts Added(long entity)
    {
        if (!addedCounts.TryGetValue(entity, out EntityCounts? counts))
        {
            counts = new EntityCounts();
            addedCounts[entity] = counts;
        }

        return counts;
    }

    /// <summary>What a batch added to one archive entity: rows of <c>mentions</c> and <c>document_entities</c>, and new events it acts in.</summary>
    private sealed class EntityCounts
    {
        public int Mentions { get; set; }

        public int Documents { get; set; }

        public int Events { get; set; }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private void Collect(string sql, long document, HashSet<long> into)
    {
        SqliteCommand command = Prepared(sql).With("$d", document);
        foreach (long id in command.Rows(r => r.GetInt64(0)))
        {
            into.Add(id);
        }
    }

    private int Run(string sql, long id) => Prepared(sql).With("$d", id).ExecuteNonQuery();

    public void Dispose()
    {
        foreach (SqliteCommand command in commands.Values)
        {
            command.Dispose();
        }
    }

    /// <summary>One command per SQL text: SQLite prepares it once for the life of the connection.</summary>
    private SqliteCommand Prepared(string sql)
    {
        if (!commands.TryGetValue(sql, out SqliteCommand? command))
        {
            command = connection.Command(sql);
            commands[sql] = command;
        }

        command.Transaction = transaction;
        return command;
    }
}
