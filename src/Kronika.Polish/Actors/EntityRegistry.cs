using System.Collections.Immutable;
using Kronika.Core.Text;
using Kronika.Polish.Knowledge;

namespace Kronika.Polish.Actors;

/// <summary>
/// The entities of one document and their mentions, built up in text order: one entity per identity
/// (knowledge-base id, else type and base form), each knowing the order in which it was last mentioned.
/// </summary>
internal sealed class EntityRegistry(KnowledgeBase knowledge, DateOnly? date)
{
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private readonly List<EntityDraft> _entities = [];
    private readonly List<EntityMention> _mentions = [];
    private readonly HashSet<(int Entity, int Start, int End)> _mentioned = [];

    // The entity of each country and organisation object met so far (by reference: the knowledge base's own).
    private readonly Dictionary<object, int> _known = new(ReferenceEqualityComparer.Instance);

    // For each entity, its last mention and when it was made: what recency questions need, in constant time.
    private readonly Dictionary<int, (EntityMention Mention, int Order)> _last = [];

    public IReadOnlyList<EntityDraft> Entities => _entities;

    /// <summary>The entities of <paramref name="type"/>, the most recently mentioned first.</summary>
    public IEnumerable<int> RecentlyMentioned(EntityType type)
    {
        // The mentions read from the last back give each entity first at its last mention: no sorting, and a
        // caller that stops at the first fitting entity reads only the latest mentions.
        var seen = new HashSet<int>();
        for (int m = _mentions.Count - 1; m >= 0; m--)
        {
            int entity = _mentions[m].Entity;
            if (seen.Add(entity) && _entities[entity].Type == type)
            {
                yield return entity;
            }
        }
    }

    /// <summary>The last mention of <paramref name="entity"/> so far.</summary>
    public EntityMention? LastMention(int entity) => _last.TryGetValue(entity, out var last) ? last.Mention : null;

    public int Get(string key, Func<EntityDraft> create)
    {
        if (_byKey.TryGetValue(key, out int index))
        {
            return index;
        }

        _entities.Add(create());
        _byKey[key] = _entities.Count - 1;
        return _entities.Count - 1;
    }

    public bool Contains(string key) => _byKey.ContainsKey(key);

    /// <summary>The mentions made so far whose first token lies in [<paramref name="firstToken"/>, <paramref name="endToken"/>).</summary>
    public IEnumerable<EntityMention> MentionsIn(int firstToken, int endToken) =>
        _mentions.Where(m => m.FirstToken >= firstToken && m.FirstToken < endToken);

    /// <summary>All mentions made so far, in the order they were made.</summary>
    public IReadOnlyList<EntityMention> Mentions => _mentions;

    public void Mention(int entity, int firstToken, int endToken, int start, int end, string lemma, MentionKind kind)
    {
        if (!_mentioned.Add((entity, start, end)))
        {
            return;
        }

        var mention = new EntityMention(firstToken, endToken, start, end, lemma, kind, entity);
        _mentions.Add(mention);
        _last[entity] = (mention, _mentions.Count);
    }

    public int OfCountry(Country country)
    {
        // Countries and organisations are mentioned again and again: their entity is found by the object
        // before any key string is made.
        if (!_known.TryGetValue(country, out int entity))
        {
            string key = "country:" + country.Code;
            entity = Get(key, () => new EntityDraft(key, EntityType.Country, country.Name)
            {
                Country = country.Code,
                Actor = country.Code,
                KnowledgeId = key,
            });
            _known[country] = entity;
        }

        return entity;
    }

    public int OfOrganization(Organization organization)
    {
        if (!_known.TryGetValue(organization, out int entity))
        {
            string key = "org:" + organization.Id;
            entity = Get(key, () => new EntityDraft(key, EntityType.Organization, organization.Name)
            {
                Country = organization.Country is { Length: 3 } c && knowledge.CountryByCode(c) is not null ? c : null,
                Actor = organization.Actor,
                KnowledgeId = key,
            });
            _known[organization] = entity;
        }

        return entity;
    }

    public int OfPerson(Person person) => Get("person:" + person.Id, () =>
    {
        var draft = new EntityDraft("person:" + person.Id, EntityType.Person, person.Name) { Country = person.Country, KnowledgeId = "person:" + person.Id, Gender = person.Gender };
        Tenure[] tenures = date is null
            ? [.. person.Tenures.OrderByDescending(t => t.From ?? DateOnly.MinValue).Take(1)]
            : [.. person.TenuresOn(date)];
        foreach (Tenure t in tenures)
        {
            draft.AddRole(t.Role + " " + t.Holder);
        }

        draft.Actor = tenures.Select(t => t.Actor).FirstOrDefault(a => a is not null) ?? person.Country;
        if (tenures.Length > 0 && tenures.All(t => knowledge.OrganizationById(t.Holder) is { Country: null }))
        {
            // In office for an international body, a person acts for it, not for the state of birth:
            // NATO's Secretary General is NATO's side, not Norway's.
            draft.Country = null;
        }

        return draft;
    });

    public int Of(KnowledgeEntry entry) => entry switch
    {
        KnowledgeEntry.OfCountry c => OfCountry(c.Country),
        KnowledgeEntry.OfOrganization o => OfOrganization(o.Organization),
        KnowledgeEntry.OfPerson p => OfPerson(p.Person),
        _ => throw new ArgumentOutOfRangeException(nameof(entry)),
    };

    public (ImmutableArray<Entity> Entities, ImmutableArray<EntityMention> Mentions) Freeze()
    {
        // Entities are numbered in the order of their first mention in the text: the mentions sorted by place,
        // those at the same place in the order they were made (as a stable sort leaves them).
        int count = _mentions.Count;
        var byPlace = new int[count];
        for (int m = 0; m < count; m++)
        {
            byPlace[m] = m;
        }

        Array.Sort(byPlace, (a, b) =>
        {
            int place = ComparePlaces(a, b);
            return place != 0 ? place : a.CompareTo(b);
        });
        var renumber = new int[_entities.Count];
        Array.Fill(renumber, -1);
        var entities = ImmutableArray.CreateBuilder<Entity>();
        foreach (int m in byPlace)
        {
            int old = _mentions[m].Entity;
            if (renumber[old] < 0)
            {
                renumber[old] = entities.Count;
                entities.Add(_entities[old].Freeze());
            }
        }

        // Mentions at the same place go in the order of their entities' new numbers, then as they were made.
        Array.Sort(byPlace, (a, b) =>
        {
            int place = ComparePlaces(a, b);
            int entity = place != 0 ? place : renumber[_mentions[a].Entity].CompareTo(renumber[_mentions[b].Entity]);
            return entity != 0 ? entity : a.CompareTo(b);
        });
        var mentions = ImmutableArray.CreateBuilder<EntityMention>(count);
        foreach (int m in byPlace)
        {
            mentions.Add(_mentions[m] with { Entity = renumber[_mentions[m].Entity] });
        }

        return (entities.ToImmutable(), mentions.MoveToImmutable());
    }

    /// <summary>Mentions <paramref name="a"/> and <paramref name="b"/> by where they start, then where they end.</summary>
    private int ComparePlaces(int a, int b)
    {
        EntityMention x = _mentions[a], y = _mentions[b];
        return x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.End.CompareTo(y.End);
    }
}
