using Kronika.Core.Output;

namespace Kronika.Store.Sqlite;

public sealed partial class SqliteArchiveStore
{
    /// <summary>A claim is denied when an article that reports it names who denies it, or when any article reports its event as denied.</summary>
    private const string DeniedCondition = """
        c.id IN (SELECT claim_id FROM claim_reports WHERE denied_by <> '[]')
        OR c.event_id IN (SELECT event_id FROM event_mentions WHERE status = 'denied')
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
            return new Page<ArchiveClaim>(ClaimsById(connection, lookup, page.Items), page.Total, page.Offset, page.Limit);
        });
    }

    /// <summary>
    /// Claims with every report of them (oldest article first) and every denial from any article, in the order
    /// given: two queries for the whole page.
    /// </summary>
    private static List<ArchiveClaim> ClaimsById(Microsoft.Data.Sqlite.SqliteConnection connection, EntityLookup lookup, IReadOnlyList<(long Id, long Event)> claims)
    {
        if (claims.Count == 0)
        {
            return [];
        }

        string ids = JsonIds.Write(claims.Select(c => c.Id));
        ILookup<long, ClaimReport> reports = connection.Command("""
            SELECT r.claim_id, r.document_id, d.title, d.outlet, d.date, r.start, r."end", r.text, r.claimants
            FROM claim_reports r JOIN documents d ON d.id = r.document_id
            WHERE r.claim_id IN (SELECT value FROM json_each($c)) ORDER BY r.claim_id, d.date IS NULL, d.date, r.document_id, r.id
            """).With("$c", ids)
            .Rows(r => (Claim: r.GetInt64(0), Report: new ClaimReport(r.GetInt64(1), r.StringOrNull(2), r.StringOrNull(3), r.StringOrNull(4),
                new SpanText(r.GetInt32(5), r.GetInt32(6), r.GetString(7)), lookup.Refs(r.GetString(8)))))
            .ToLookup(r => r.Claim, r => r.Report);
        // A claim's event has one claim: a denying report of the event is a denial of that claim.
        ILookup<long, ClaimDenial> denials = connection.Command("""
            SELECT x.claim_id, document_id, title, outlet, date, denied_by FROM (
                SELECT r.claim_id, r.document_id, r.denied_by, r.id AS n FROM claim_reports r
                WHERE r.claim_id IN (SELECT value FROM json_each($c)) AND r.denied_by <> '[]'
                UNION ALL
                SELECT c.id, m.document_id, m.claimed_by, m.id FROM claims c JOIN event_mentions m ON m.event_id = c.event_id
                WHERE c.id IN (SELECT value FROM json_each($c)) AND m.status = 'denied') x
            JOIN documents d ON d.id = x.document_id ORDER BY x.claim_id, d.date IS NULL, d.date, x.document_id, x.n
            """).With("$c", ids)
            .Rows(r => (Claim: r.GetInt64(0), Denial: new ClaimDenial(r.GetInt64(1), r.StringOrNull(2), r.StringOrNull(3), r.StringOrNull(4), lookup.Refs(r.GetString(5)))))
            .ToLookup(d => d.Claim, d => d.Denial);
        return [.. claims.Select(c =>
        {
            List<ClaimReport> its = [.. reports[c.Id]];
            List<EntityRef> claimants = [.. its.SelectMany(r => r.Claimants).DistinctBy(e => e.Id)];
            return new ArchiveClaim(c.Id, c.Event, its.FirstOrDefault()?.Text.Text ?? "", claimants, its, [.. denials[c.Id]]);
        })];
    }
}
