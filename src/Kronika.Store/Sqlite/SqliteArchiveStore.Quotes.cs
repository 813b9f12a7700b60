namespace Kronika.Store.Sqlite;

public sealed partial class SqliteArchiveStore
{
    public Page<ArchiveQuote> Quotes(QuoteQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Read(connection =>
        {
            var lookup = new EntityLookup(connection);
            var where = new WhereClause();
            if (!string.IsNullOrWhiteSpace(query.Speaker))
            {
                List<long> speakers = lookup.Resolve(query.Speaker);
                if (speakers.Count == 0)
                {
                    where.Never();
                }
                else
                {
                    where.Add("q.speaker_id IN (SELECT value FROM json_each($p))", EntityLookup.Json(speakers));
                }
            }

            if (query.Text is not null)
            {
                if (FullTextQuery.Build(query.Text) is { } match)
                {
                    where.Add("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH $p)", match);
                }
                else
                {
                    where.Never();
                }
            }

            PageRequest page = WhereClause.Clamp(query.Page);
            const string from = " FROM quotes q JOIN documents d ON d.id = q.document_id";
            int total = (int)where.Bind(connection.Command("SELECT COUNT(*)" + from + where)).Long();
            List<ArchiveQuote> items = where.Bind(connection.Command($"""
                    SELECT q.id, q.document_id, d.title, d.outlet, d.date, q.start, q."end", q.text, q.direct, q.speaker_id, q.speaker_text, q.cue
                    {from}{where} ORDER BY d.date IS NULL, d.date, q.document_id, q.start LIMIT $limit OFFSET $offset
                    """))
                .With("$limit", page.Limit).With("$offset", page.Offset)
                .Rows(r => new ArchiveQuote(
                    r.GetInt64(0), r.GetInt64(1), r.StringOrNull(2), r.StringOrNull(3), r.StringOrNull(4), r.GetInt32(5), r.GetInt32(6),
                    r.GetString(7), r.GetInt64(8) != 0, lookup.Ref(r.LongOrNull(9)), r.StringOrNull(10), r.StringOrNull(11)));
            return new Page<ArchiveQuote>(items, total, page.Offset, page.Limit);
        });
    }
}
