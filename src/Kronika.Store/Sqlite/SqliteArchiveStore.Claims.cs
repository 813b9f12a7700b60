using Kronika.Core.Output;

namespace Kronika.Store.Sqlite;

public sealed partial class SqliteArchiveStore
{
    /// <summary>A claim is denied when an article that reports it names who denies it, or when any article reports its event as denied.</summary>
    private const string DeniedCondition = """
        EXISTS (SELECT 1 FROM claim_reports r WHERE r.claim_id = c.id AND r.denied_by <> '[]')
        OR EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = c.event_id AND m.status = 'denied')
        """;

    public Page<ArchiveClaim> Claims(ClaimQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Read(connection =>
        {
            var lookup = new EntityLookup(connection);
            var where = new WhereClause();
            if (query.Denied is { } denied)
            {
                where.Add(denied ? DeniedCondition : "NOT (" + DeniedCondition + ")");
            }

            // Who makes the claim, or who it is about.
            where.AddEntities(lookup, query.Actor, """
                EXISTS (SELECT 1 FROM claim_reports r, json_each(r.claimants) j WHERE r.claim_id = c.id AND j.value IN (SELECT value FROM json_each($p)))
                OR EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = c.event_id AND a.entity_id IN (SELECT value FROM json_each($p)))
                """);

            Page<(long Id, long Event)> page = where.Page(connection, "c.id, c.event_id", "claims c", "c.id", query.Page, r => (r.GetInt64(0), r.GetInt64(1)));
            return new Page<ArchiveClaim>([.. page.Items.Select(c => Claim(connection, lookup, c.Id, c.Event))], page.Total, page.Offset, page.Limit);
        });
    }

    /// <summary>A claim with every report of it (oldest article first) and every denial from any article.</summary>
    private static ArchiveClaim Claim(Microsoft.Data.Sqlite.SqliteConnection connection, EntityLookup lookup, long id, long eventId)
    {
        List<ClaimReport> reports = connection.Command("""
            SELECT r.document_id, d.title, d.outlet, d.date, r.start, r."end", r.text, r.claimants
            FROM claim_reports r JOIN documents d ON d.id = r.document_id
            WHERE r.claim_id = $c ORDER BY d.date IS NULL, d.date, r.document_id, r.id
            """).With("$c", id)
            .Rows(r => new ClaimReport(r.GetInt64(0), r.StringOrNull(1), r.StringOrNull(2), r.StringOrNull(3),
                new SpanText(r.GetInt32(4), r.GetInt32(5), r.GetString(6)), lookup.Refs(r.GetString(7))));
        List<ClaimDenial> denials = connection.Command("""
            SELECT document_id, title, outlet, date, denied_by FROM (
                SELECT r.document_id, r.denied_by, r.id AS n FROM claim_reports r WHERE r.claim_id = $c AND r.denied_by <> '[]'
                UNION ALL
                SELECT m.document_id, m.claimed_by, m.id FROM event_mentions m WHERE m.event_id = $e AND m.status = 'denied') x
            JOIN documents d ON d.id = x.document_id ORDER BY d.date IS NULL, d.date, x.document_id, x.n
            """).With("$c", id).With("$e", eventId)
            .Rows(r => new ClaimDenial(r.GetInt64(0), r.StringOrNull(1), r.StringOrNull(2), r.StringOrNull(3), lookup.Refs(r.GetString(4))));
        List<EntityRef> claimants = [.. reports.SelectMany(r => r.Claimants).DistinctBy(e => e.Id)];
        return new ArchiveClaim(id, eventId, reports.FirstOrDefault()?.Text.Text ?? "", claimants, reports, denials);
    }
}
