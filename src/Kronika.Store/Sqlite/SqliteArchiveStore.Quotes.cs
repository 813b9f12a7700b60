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
            where.AddEntities(lookup, query.Speaker, "q.speaker_id IN (SELECT value FROM json_each($p))");
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

            return where.Page(
                connection,
                "q.id, q.document_id, d.title, d.outlet, d.date, q.start, q.\"end\", q.text, q.direct, q.speaker_id, q.speaker_text, q.cue",
                "quotes q JOIN documents d ON d.id = q.document_id",
                "d.date IS NULL, d.date, q.document_id, q.start",
                query.Page,
                r => new ArchiveQuote(
                    r.GetInt64(0), r.GetInt64(1), r.StringOrNull(2), r.StringOrNull(3), r.StringOrNull(4), r.GetInt32(5), r.GetInt32(6),
                    r.GetString(7), r.GetInt64(8) != 0, lookup.Ref(r.LongOrNull(9)), r.StringOrNull(10), r.StringOrNull(11)));
        });
    }
}
