using Microsoft.Data.Sqlite;

namespace Kronika.Store.Sqlite;

public sealed partial class SqliteArchiveStore
{
    private const int PartnerCount = 10;
    private const string EntityColumns = "id, key, type, name, country, actor, knowledge_id, mentions, documents, events";

    public Page<ArchiveEntity> Entities(EntityQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Read(connection =>
        {
            var where = new WhereClause();
            if (!string.IsNullOrWhiteSpace(query.Type))
            {
                where.Add("type = $p", query.Type.Trim().ToUpperInvariant());
            }

            if (!string.IsNullOrWhiteSpace(query.Country))
            {
                where.Add("country = $p", query.Country.Trim().ToUpperInvariant());
            }

            if (!string.IsNullOrWhiteSpace(query.Name))
            {
                where.Add("folded LIKE $p ESCAPE '\\'", WhereClause.Contains(NameFolding.Lookup(query.Name)));
            }

            return where.Page(connection, EntityColumns, "entities", "documents DESC, mentions DESC, id", query.Page, ReadEntity);
        });
    }

    public ArchiveEntityRecord? Entity(string idOrName)
    {
        ArgumentNullException.ThrowIfNull(idOrName);
        return Read(connection =>
        {
            var lookup = new EntityLookup(connection);
            if (lookup.Resolve(idOrName) is not [long id, ..])
            {
                return null;
            }

            ArchiveEntity entity = connection.Command($"SELECT {EntityColumns} FROM entities WHERE id = $id").With("$id", id).Rows(ReadEntity)[0];
            // What articles called it by name, the commonest first; the canonical name leads.
            List<string> names = connection.Command("""
                SELECT lemma FROM mentions WHERE entity_id = $id AND kind = 'name' GROUP BY lemma ORDER BY COUNT(*) DESC, lemma
                """).With("$id", id).Rows(r => r.GetString(0));
            names.Remove(entity.Name);
            names.Insert(0, entity.Name);
            List<string> roles = connection.Command("""
                SELECT j.value FROM document_entities de, json_each(de.roles) j WHERE de.entity_id = $id
                GROUP BY j.value ORDER BY COUNT(*) DESC, j.value
                """).With("$id", id).Rows(r => r.GetString(0));
            List<Partner> partners = connection.Command("""
                SELECT b.entity_id, COUNT(DISTINCT b.event_id) AS shared FROM event_actors a
                JOIN event_actors b ON b.event_id = a.event_id AND b.entity_id <> a.entity_id
                WHERE a.entity_id = $id GROUP BY b.entity_id ORDER BY shared DESC, b.entity_id LIMIT $n
                """).With("$id", id).With("$n", PartnerCount)
                .Rows(r => (Entity: r.GetInt64(0), Events: r.GetInt32(1)))
                .Select(p => lookup.Ref(p.Entity) is { } partner ? new Partner(partner, p.Events) : null)
                .OfType<Partner>()
                .ToList();
            return new ArchiveEntityRecord(entity, names, roles, partners);
        });
    }

    private static ArchiveEntity ReadEntity(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.StringOrNull(4), r.StringOrNull(5), r.StringOrNull(6),
        r.GetInt32(7), r.GetInt32(8), r.GetInt32(9));
}
