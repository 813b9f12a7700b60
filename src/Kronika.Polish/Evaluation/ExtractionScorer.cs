using System.Collections.Immutable;
using Kronika.Core.Output;

namespace Kronika.Polish.Evaluation;

/// <summary>The scores of one document and, for a person to read, the gold items missed and the system items that matched nothing.</summary>
public sealed record ExtractionComparison(ExtractionScores Scores, IReadOnlyList<string> Errors);

/// <summary>
/// Compares a system record with a gold record of the same article (both in the <c>kronika/1</c> contract).
/// Entities match on type and an overlapping mention; quotations on overlapping spans, their speakers through
/// the entity pairing; events on type, the countries on each side and the date; claims on a matched event and
/// the same claimants. Every pairing is one-to-one.
/// </summary>
public static class ExtractionScorer
{
    public static ExtractionComparison Compare(ExtractionResult found, ExtractionResult gold)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(gold);
        var errors = new List<string>();

        Dictionary<int, int> entities = GreedyAlignment.Align(found.Entities, gold.Entities, EntityScore);
        var goldEntityOf = entities.ToDictionary(p => found.Entities[p.Key].Id, p => gold.Entities[p.Value].Id, StringComparer.Ordinal);
        Report(errors, "entity", found.Entities, gold.Entities, entities, (_, e) => Describe(e));

        // A quoted fragment inside reported speech is two system quotes (docs/schema.md) but one gold quote,
        // the direct fragment (eval/gold/README.md): a quote pairs first with one of its own kind, and the
        // reported clause around a paired fragment of the same speaker is not counted against the system.
        Dictionary<int, int> quotes = GreedyAlignment.Align(found.Quotes, gold.Quotes,
            (f, g) => GreedyAlignment.Overlap(f.Start, f.End, g.Start, g.End) is > 0 and int overlap
                ? overlap + (f.Direct == g.Direct ? SameKindBonus : 0)
                : 0);
        HashSet<int> enclosingClauses = EnclosingClauses(found.Quotes, quotes);
        int speakersCorrect = 0;
        foreach ((int f, int g) in quotes)
        {
            QuoteRecord system = found.Quotes[f];
            QuoteRecord expected = gold.Quotes[g];
            if (MapsTo(system.Speaker, expected.Speaker, goldEntityOf))
            {
                speakersCorrect++;
            }
            else
            {
                errors.Add($"wrong speaker: «{expected.Text}» gold {SpeakerName(gold, expected.Speaker)}, found {SpeakerName(found, system.Speaker)}");
            }
        }

        Report(errors, "quote", found.Quotes, gold.Quotes, quotes, (_, q) => $"«{q.Text}»", enclosingClauses.Contains);

        var foundCountries = new EntityKeys(found, goldEntityOf, gold);
        var goldCountries = new EntityKeys(gold);
        Dictionary<int, int> events = AlignEvents(EventFacets.All);
        Report(errors, "event", found.Events, gold.Events, events,
            (record, e) => Describe(e, ReferenceEquals(record, gold) ? goldCountries : foundCountries));

        var goldEventOf = events.ToDictionary(p => found.Events[p.Key].Id, p => gold.Events[p.Value].Id, StringComparer.Ordinal);
        Dictionary<int, int> claims = GreedyAlignment.Align(found.Claims, gold.Claims,
            (f, g) => MapsTo(f.Event, g.Event, goldEventOf) && SameEntities(f.Claimants, g.Claimants, goldEntityOf) ? 1 : 0);
        Report(errors, "claim", found.Claims, gold.Claims, claims, (_, c) => $"{c.Event} by {string.Join(", ", c.Claimants)}: «{c.Text}»");

        var scores = new ExtractionScores(
            1,
            Counts(found.Entities, gold.Entities, entities),
            new MatchCounts(gold.Quotes.Length, found.Quotes.Length - enclosingClauses.Count, quotes.Count),
            Counts(found.Events, gold.Events, events),
            Counts(found.Claims, gold.Claims, claims),
            speakersCorrect,
            new EventFacetCounts(
                Counts(found.Events, gold.Events, AlignEvents(EventFacets.Type)),
                Counts(found.Events, gold.Events, AlignEvents(EventFacets.Type | EventFacets.Source)),
                Counts(found.Events, gold.Events, AlignEvents(EventFacets.Type | EventFacets.Target)),
                Counts(found.Events, gold.Events, AlignEvents(EventFacets.Type | EventFacets.Date))));
        return new ExtractionComparison(scores, errors);

        Dictionary<int, int> AlignEvents(EventFacets facets) => GreedyAlignment.Align(found.Events, gold.Events,
            (f, g) => EventsMatch(f, foundCountries, g, goldCountries, facets)
                ? 1 + (GreedyAlignment.Overlap(f.Trigger.Start, f.Trigger.End, g.Trigger.Start, g.Trigger.End) > 0 ? 1 : 0)
                : 0);

        void Report<T>(List<string> list, string what, ImmutableArray<T> system, ImmutableArray<T> expected, Dictionary<int, int> pairs, Func<ExtractionResult, T, string> describe, Func<int, bool>? excused = null)
        {
            var matchedGold = pairs.Values.ToHashSet();
            for (int g = 0; g < expected.Length; g++)
            {
                if (!matchedGold.Contains(g))
                {
                    list.Add($"missed {what}: {describe(gold, expected[g])}");
                }
            }

            for (int f = 0; f < system.Length; f++)
            {
                if (!pairs.ContainsKey(f) && excused?.Invoke(f) != true)
                {
                    list.Add($"spurious {what}: {describe(found, system[f])}");
                }
            }
        }
    }

    /// <summary>Outweighs any overlap: a quote pairs with a gold quote of its own kind (direct or reported) before any other.</summary>
    private const int SameKindBonus = 1_000_000;

    /// <summary>Unpaired reported clauses that enclose a paired direct fragment of the same speaker.</summary>
    private static HashSet<int> EnclosingClauses(ImmutableArray<QuoteRecord> found, Dictionary<int, int> pairs) =>
        [.. Enumerable.Range(0, found.Length).Where(f => !pairs.ContainsKey(f) && !found[f].Direct && pairs.Keys.Any(p => found[p].Direct
            && found[p].Start >= found[f].Start && found[p].End <= found[f].End
            && string.Equals(found[p].Speaker, found[f].Speaker, StringComparison.Ordinal)))];

    private static MatchCounts Counts<T>(ImmutableArray<T> found, ImmutableArray<T> gold, Dictionary<int, int> pairs) =>
        new(gold.Length, found.Length, pairs.Count);

    /// <summary>Overlapping mention pairs of two entities of the same type; 0 when the types differ.</summary>
    private static double EntityScore(EntityRecord found, EntityRecord gold)
    {
        if (!string.Equals(found.Type, gold.Type, StringComparison.Ordinal))
        {
            return 0;
        }

        int overlaps = 0;
        foreach (MentionRecord f in found.Mentions)
        {
            foreach (MentionRecord g in gold.Mentions)
            {
                if (GreedyAlignment.Overlap(f.Start, f.End, g.Start, g.End) > 0)
                {
                    overlaps++;
                }
            }
        }

        return overlaps;
    }

    private static bool EventsMatch(EventRecord found, EntityKeys foundKeys, EventRecord gold, EntityKeys goldKeys, EventFacets facets) =>
        string.Equals(found.Type, gold.Type, StringComparison.Ordinal)
        && (!facets.HasFlag(EventFacets.Date) || string.Equals(found.Date, gold.Date, StringComparison.Ordinal))
        && (!facets.HasFlag(EventFacets.Source) || foundKeys.Of(found.Source).SetEquals(goldKeys.Of(gold.Source)))
        && (!facets.HasFlag(EventFacets.Target) || foundKeys.Of(found.Target).SetEquals(goldKeys.Of(gold.Target)));

    /// <summary>What two events are compared by; the score uses all of them, the diagnostic rows fewer.</summary>
    [Flags]
    private enum EventFacets
    {
        Type = 0,
        Source = 1,
        Target = 2,
        Date = 4,
        All = Source | Target | Date,
    }

    /// <summary>Whether a system id stands for the gold id through a pairing; two nulls agree.</summary>
    private static bool MapsTo(string? found, string? gold, Dictionary<string, string> goldOf) =>
        found is null ? gold is null : gold is not null && goldOf.TryGetValue(found, out string? paired) && paired == gold;

    private static bool SameEntities(ImmutableArray<string> found, ImmutableArray<string> gold, Dictionary<string, string> goldOf)
    {
        var mapped = new HashSet<string?>(found.Select(id => goldOf.GetValueOrDefault(id)), StringComparer.Ordinal);
        return mapped.SetEquals(gold);
    }

    private static string SpeakerName(ExtractionResult record, string? id) =>
        id is null ? "none" : record.Entities.FirstOrDefault(e => e.Id == id)?.Name ?? id;

    private static string Describe(EntityRecord entity) =>
        $"{entity.Type} {entity.Name} «{(entity.Mentions.IsDefaultOrEmpty ? "" : entity.Mentions[0].Text)}»";

    private static string Describe(EventRecord e, EntityKeys keys) =>
        $"{e.Type} {string.Join("+", keys.Of(e.Source).Order(StringComparer.Ordinal))} -> {string.Join("+", keys.Of(e.Target).Order(StringComparer.Ordinal))} {e.Date ?? "undated"} «{e.Trigger.Text}»";

    /// <summary>
    /// What an event side is compared by: the country of each entity, or its actor code when it has no
    /// country (NATO, the UN), or failing both its name.
    /// </summary>
    private sealed class EntityKeys
    {
        private readonly Dictionary<string, string> _keys;

        /// <summary>Each entity by its country, else its actor code, else its name.</summary>
        public EntityKeys(ExtractionResult record) =>
            _keys = record.Entities.ToDictionary(e => e.Id, OwnKey, StringComparer.Ordinal);

        /// <summary>
        /// A system record's entities, where one without a country that is paired with a gold entity without one
        /// counts as that entity: a body is the same actor whatever code convention names it (IGOECOWAS, IGOWAFECW),
        /// and an unnamed group the same whatever its name's wording.
        /// </summary>
        public EntityKeys(ExtractionResult found, Dictionary<string, string> goldEntityOf, ExtractionResult gold)
        {
            var goldById = gold.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
            _keys = found.Entities.ToDictionary(
                e => e.Id,
                e => e.Country is null && goldEntityOf.TryGetValue(e.Id, out string? paired) && goldById[paired] is { Country: null } twin ? OwnKey(twin) : OwnKey(e),
                StringComparer.Ordinal);
        }

        private static string OwnKey(EntityRecord e) => e.Country ?? e.Actor ?? e.Name;

        public HashSet<string> Of(ImmutableArray<string> ids) =>
            new(ids.IsDefault ? [] : ids.Select(id => _keys.GetValueOrDefault(id, "?" + id)), StringComparer.Ordinal);
    }
}
