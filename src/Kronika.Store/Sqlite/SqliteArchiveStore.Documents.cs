using System.Globalization;
using System.Text.Json;
using Kronika.Core.Output;
using Microsoft.Data.Sqlite;

namespace Kronika.Store.Sqlite;

public sealed partial class SqliteArchiveStore
{
    private const string SummaryColumns = "id, sha256, title, date, url, outlet, origin, entity_count, event_count, quote_count, ingested_at";

    public Page<DocumentSummary> Documents(DocumentQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Read(connection =>
        {
            var where = new WhereClause();
            if (!string.IsNullOrWhiteSpace(query.Outlet))
            {
                where.Add("outlet = $p", query.Outlet.Trim());
            }

            if (query.From is { } from)
            {
                where.Add("date >= $p", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            if (query.To is { } to)
            {
                where.Add("date <= $p", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            return where.Page(connection, SummaryColumns, "documents", "date IS NULL, date DESC, id DESC", query.Page, ReadSummary);
        });
    }

    public StoredDocument? Document(long id) => Read(connection =>
        connection.Command($"SELECT {SummaryColumns}, text, extraction FROM documents WHERE id = $id").With("$id", id)
            .Rows(r => new StoredDocument(
                ReadSummary(r),
                r.GetString(11),
                JsonSerializer.Deserialize(r.GetString(12), KronikaJsonContext.Default.ExtractionResult)!))
            .FirstOrDefault());

    public Page<SearchHit> Search(string words, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(page);
        PageRequest window = WhereClause.Clamp(page);
        if (FullTextQuery.Build(words) is not { } match)
        {
            return new Page<SearchHit>([], 0, window.Offset, window.Limit);
        }

        // bm25 ranks are comparable enough to interleave the three kinds. The page is chosen first; only its
        // hits get a snippet (marking the words is the costly part) and a title.
        const string hits = """
            SELECT 'document' AS kind, f.rowid AS id, f.rowid AS document_id, f.rowid AS row, bm25(documents_fts) AS rank
            FROM documents_fts f WHERE documents_fts MATCH $q
            UNION ALL
            SELECT 'quote', q.id, q.document_id, q.id, bm25(quotes_fts)
            FROM quotes_fts f JOIN quotes q ON q.id = f.rowid WHERE quotes_fts MATCH $q
            UNION ALL
            SELECT 'claim', r.claim_id, r.document_id, r.id, bm25(claims_fts)
            FROM claims_fts f JOIN claim_reports r ON r.id = f.rowid WHERE claims_fts MATCH $q
            """;
        return Read(connection =>
        {
            int total = (int)connection.Command($"SELECT COUNT(*) FROM ({hits})").With("$q", match).Long();
            var page = connection.Command($"SELECT kind, id, document_id, row, rank FROM ({hits}) ORDER BY rank, kind, id, row LIMIT $limit OFFSET $offset")
                .With("$q", match).With("$limit", window.Limit).With("$offset", window.Offset)
                .Rows(r => (Kind: r.GetString(0), Id: r.GetInt64(1), Document: r.GetInt64(2), Row: r.GetInt64(3), Rank: r.GetDouble(4)));
            Dictionary<long, string?> titles = connection.Command("SELECT id, title FROM documents WHERE id IN (SELECT value FROM json_each($ids))")
                .With("$ids", JsonIds.Write(page.Select(h => h.Document).Distinct()))
                .Rows(r => (Id: r.GetInt64(0), Title: r.StringOrNull(1))).ToDictionary(t => t.Id, t => t.Title);
            List<SearchHit> items = [.. page.Select(h => new SearchHit(h.Kind, h.Id, h.Document, titles.GetValueOrDefault(h.Document), Snippet(connection, match, h.Kind, h.Row), h.Rank))];
            return new Page<SearchHit>(items, total, window.Offset, window.Limit);
        });
    }

    /// <summary>The indexed text of one hit with the matched words in [brackets], cut to about 16 words around them.</summary>
    private static string Snippet(Microsoft.Data.Sqlite.SqliteConnection connection, string match, string kind, long row)
    {
        string sql = kind switch
        {
            "document" => "SELECT snippet(documents_fts, 1, '[', ']', '…', 16) FROM documents_fts WHERE documents_fts MATCH $q AND rowid = $r",
            "quote" => "SELECT snippet(quotes_fts, 0, '[', ']', '…', 16) FROM quotes_fts WHERE quotes_fts MATCH $q AND rowid = $r",
            _ => "SELECT snippet(claims_fts, 0, '[', ']', '…', 16) FROM claims_fts WHERE claims_fts MATCH $q AND rowid = $r",
        };
        return connection.Command(sql).With("$q", match).With("$r", row).ExecuteScalar() as string ?? "";
    }

    public ArchiveStats Stats() => Read(connection => connection.Command("""
        SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(DISTINCT outlet) FROM documents), (SELECT COUNT(*) FROM entities),
               (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM event_mentions), (SELECT COUNT(*) FROM quotes), (SELECT COUNT(*) FROM claims),
               (SELECT min(date) FROM documents), (SELECT max(date) FROM documents)
        """).Rows(r => new ArchiveStats(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6),
            r.StringOrNull(7), r.StringOrNull(8)))[0]);

    private static DocumentSummary ReadSummary(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.StringOrNull(2), r.StringOrNull(3), r.StringOrNull(4), r.StringOrNull(5), r.GetString(6),
        r.GetInt32(7), r.GetInt32(8), r.GetInt32(9), DateTimeOffset.Parse(r.GetString(10), CultureInfo.InvariantCulture));
}
