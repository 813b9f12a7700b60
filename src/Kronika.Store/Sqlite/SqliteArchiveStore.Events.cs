using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Kronika.Store.Sqlite;

public sealed partial class SqliteArchiveStore
{
    private const string EventColumns = """
        e.id, e.type, e.mode, e.cameo, e.date, e.location_id, e.status, e.num_mentions, e.num_sources, e.num_articles,
        (SELECT min(d.ingested_at) FROM event_mentions m JOIN documents d ON d.id = m.document_id WHERE m.event_id = e.id)
        """;

    public Page<ArchiveEvent> Events(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Read(connection =>
        {
            var lookup = new EntityLookup(connection);
            var where = new WhereClause();
            where.AddEntities(lookup, query.Actor, "e.id IN (SELECT event_id FROM event_actors WHERE entity_id IN (SELECT value FROM json_each($p)))");
            if (!string.IsNullOrWhiteSpace(query.Type))
            {
                string type = query.Type.Trim();
                // Digits are a CAMEO prefix (04, 042); anything else a PLOVER type, in any case.
                if (type.All(char.IsAsciiDigit))
                {
                    where.Add("e.cameo LIKE $p || '%'", type);
                }
                else
                {
                    where.Add("e.type = $p", type.ToUpperInvariant());
                }
            }

            if (query.From is { } from)
            {
                where.Add("e.day >= $p", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            if (query.To is { } to)
            {
                where.Add("e.day <= $p", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            if (!string.IsNullOrWhiteSpace(query.Country))
            {
                where.Add("""
                    EXISTS (SELECT 1 FROM event_actors a JOIN entities n ON n.id = a.entity_id WHERE a.event_id = e.id AND n.country = $p)
                    OR e.location_id IN (SELECT id FROM entities WHERE country = $p)
                    """, query.Country.Trim().ToUpperInvariant());
            }

            if (!string.IsNullOrWhiteSpace(query.Status))
            {
                where.Add("e.status = $p", query.Status.Trim().ToLowerInvariant());
            }

            // A timeline: dated events in date order, undated ones last, then in the order they were stored.
            Page<ArchiveEvent> page = where.Page(connection, EventColumns, "events e", "e.date IS NULL, e.date, e.id", query.Page, r => ReadEvent(r, lookup));
            return page with { Items = [.. page.Items.Select(e => Complete(connection, lookup, e))] };
        });
    }

    public ArchiveEvent? Event(long id) => Read(connection =>
    {
        var lookup = new EntityLookup(connection);
        return connection.Command($"SELECT {EventColumns} FROM events e WHERE e.id = $id").With("$id", id)
            .Rows(r => ReadEvent(r, lookup))
            .Select(e => Complete(connection, lookup, e))
            .FirstOrDefault();
    });

    private static ArchiveEvent ReadEvent(SqliteDataReader r, EntityLookup lookup) => new(
        r.GetInt64(0), r.GetString(1), r.StringOrNull(2), r.StringOrNull(3), [], [], r.StringOrNull(4), lookup.Ref(r.LongOrNull(5)),
        r.GetString(6), r.GetInt32(7), r.GetInt32(8), r.GetInt32(9), [], DateTimeOffset.Parse(r.GetString(10), CultureInfo.InvariantCulture));

    /// <summary>Adds an event's actors on both sides and every article's report of it.</summary>
    private static ArchiveEvent Complete(SqliteConnection connection, EntityLookup lookup, ArchiveEvent e)
    {
        var actors = connection.Command("SELECT side, entity_id FROM event_actors WHERE event_id = $e ORDER BY side, entity_id").With("$e", e.Id)
            .Rows(r => (Side: r.GetString(0), Entity: r.GetInt64(1)));
        List<EventMention> mentions = connection.Command("""
            SELECT m.document_id, d.title, d.outlet, d.url, m.local_id, m.status, m.date,
                   m.trigger_start, m.trigger_end, m.trigger_text, m.sentence_start, m.sentence_end, m.sentence_text, d.date
            FROM event_mentions m JOIN documents d ON d.id = m.document_id
            WHERE m.event_id = $e ORDER BY d.date IS NULL, d.date, m.document_id, m.trigger_start
            """).With("$e", e.Id)
            .Rows(r => new EventMention(
                r.GetInt64(0), r.StringOrNull(1), r.StringOrNull(2), r.StringOrNull(3), r.GetString(4), r.GetString(5), r.StringOrNull(6),
                new Kronika.Core.Output.SpanText(r.GetInt32(7), r.GetInt32(8), r.GetString(9)),
                new Kronika.Core.Output.SpanText(r.GetInt32(10), r.GetInt32(11), r.GetString(12)),
                r.StringOrNull(13)));
        return e with
        {
            Source = lookup.Refs(actors.Where(a => a.Side == "source").Select(a => a.Entity)),
            Target = lookup.Refs(actors.Where(a => a.Side == "target").Select(a => a.Entity)),
            Mentions = mentions,
        };
    }
}
