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

            // A timeline: dated events in date order, undated ones last, then in the order they were stored. The
            // page's ids come first (an index gives them in order); details are read for those alone.
            Page<long> page = where.Page(connection, "e.id", "events e", "e.date IS NULL, e.date, e.id", query.Page, r => r.GetInt64(0));
            return new Page<ArchiveEvent>(EventsById(connection, lookup, page.Items), page.Total, page.Offset, page.Limit);
        });
    }

    public ArchiveEvent? Event(long id) => Read(connection => EventsById(connection, new EntityLookup(connection), [id]).FirstOrDefault());

    /// <summary>The events with these ids, in this order, with their actors and reports: three queries however many there are.</summary>
    private static List<ArchiveEvent> EventsById(SqliteConnection connection, EntityLookup lookup, IReadOnlyList<long> ids)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        string json = JsonIds.Write(ids);
        Dictionary<long, ArchiveEvent> events = connection.Command($"SELECT {EventColumns} FROM events e WHERE e.id IN (SELECT value FROM json_each($ids))")
            .With("$ids", json).Rows(r => ReadEvent(r, lookup)).ToDictionary(e => e.Id);
        ILookup<long, (string Side, long Entity)> actors = connection.Command("""
            SELECT event_id, side, entity_id FROM event_actors WHERE event_id IN (SELECT value FROM json_each($ids)) ORDER BY event_id, side, entity_id
            """).With("$ids", json)
            .Rows(r => (Event: r.GetInt64(0), Side: r.GetString(1), Entity: r.GetInt64(2)))
            .ToLookup(a => a.Event, a => (a.Side, a.Entity));
        ILookup<long, EventMention> mentions = connection.Command("""
            SELECT m.event_id, m.document_id, d.title, d.outlet, d.url, m.local_id, m.status, m.date,
                   m.trigger_start, m.trigger_end, m.trigger_text, m.sentence_start, m.sentence_end, m.sentence_text, d.date
            FROM event_mentions m JOIN documents d ON d.id = m.document_id
            WHERE m.event_id IN (SELECT value FROM json_each($ids)) ORDER BY m.event_id, d.date IS NULL, d.date, m.document_id, m.trigger_start
            """).With("$ids", json)
            .Rows(r => (Event: r.GetInt64(0), Mention: new EventMention(
                r.GetInt64(1), r.StringOrNull(2), r.StringOrNull(3), r.StringOrNull(4), r.GetString(5), r.GetString(6), r.StringOrNull(7),
                new Kronika.Core.Output.SpanText(r.GetInt32(8), r.GetInt32(9), r.GetString(10)),
                new Kronika.Core.Output.SpanText(r.GetInt32(11), r.GetInt32(12), r.GetString(13)),
                r.StringOrNull(14))))
            .ToLookup(m => m.Event, m => m.Mention);
        return [.. ids.Where(events.ContainsKey).Select(id => events[id] with
        {
            Source = lookup.Refs(actors[id].Where(a => a.Side == "source").Select(a => a.Entity)),
            Target = lookup.Refs(actors[id].Where(a => a.Side == "target").Select(a => a.Entity)),
            Mentions = [.. mentions[id]],
        })];
    }

    private static ArchiveEvent ReadEvent(SqliteDataReader r, EntityLookup lookup) => new(
        r.GetInt64(0), r.GetString(1), r.StringOrNull(2), r.StringOrNull(3), [], [], r.StringOrNull(4), lookup.Ref(r.LongOrNull(5)),
        r.GetString(6), r.GetInt32(7), r.GetInt32(8), r.GetInt32(9), [], DateTimeOffset.Parse(r.GetString(10), CultureInfo.InvariantCulture));
}
