using Microsoft.Data.Sqlite;

namespace Kronika.Store.Sqlite;

/// <summary>
/// Resolves what a user calls an entity — an archive id, a knowledge-base id, or a name in any case and
/// with or without diacritics, canonical or as an article wrote it in the base form — to archive entity
/// ids; and loads <see cref="EntityRef"/>s, each once per query.
/// </summary>
internal sealed class EntityLookup(SqliteConnection connection)
{
    private readonly Dictionary<long, EntityRef?> refs = [];

    /// <summary>Every archive entity the words may name, best first (most mentioned); empty when none.</summary>
    public List<long> Resolve(string idOrName)
    {
        string text = idOrName.Trim();
        if (long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long id))
        {
            return connection.Command("SELECT id FROM entities WHERE id = $id").With("$id", id).Rows(r => r.GetInt64(0));
        }

        List<long> byKnowledge = connection.Command("SELECT id FROM entities WHERE knowledge_id = $k ORDER BY id").With("$k", text).Rows(r => r.GetInt64(0));
        if (byKnowledge.Count > 0)
        {
            return byKnowledge;
        }

        // The canonical name first, then the base forms of the names articles used (Sikorski for Radosław Sikorski).
        return connection.Command("""
            SELECT id FROM (
                SELECT id, 0 AS rank, mentions FROM entities WHERE folded = $f
                UNION ALL
                SELECT n.id, 1, n.mentions FROM mentions m JOIN entities n ON n.id = m.entity_id WHERE m.folded = $f AND m.kind = 'name')
            GROUP BY id ORDER BY min(rank), max(mentions) DESC, id
            """).With("$f", NameFolding.Lookup(text)).Rows(r => r.GetInt64(0));
    }

    public EntityRef? Ref(long? id)
    {
        if (id is not { } key)
        {
            return null;
        }

        if (!refs.TryGetValue(key, out EntityRef? found))
        {
            found = connection.Command("SELECT id, name, type, country, actor FROM entities WHERE id = $id").With("$id", key)
                .Rows(r => new EntityRef(r.GetInt64(0), r.GetString(1), r.GetString(2), r.StringOrNull(3), r.StringOrNull(4))).FirstOrDefault();
            refs[key] = found;
        }

        return found;
    }

    /// <summary>The entities of a JSON id array as stored in the fact tables.</summary>
    public IReadOnlyList<EntityRef> Refs(string json) => Refs(JsonIds.Read(json));

    public IReadOnlyList<EntityRef> Refs(IEnumerable<long> ids) => [.. ids.Select(id => Ref(id)).OfType<EntityRef>()];
}
