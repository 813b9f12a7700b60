using Kronika.Core;
using Kronika.Core.Text;
using Kronika.Polish.Knowledge;

namespace Kronika.Polish.Actors;

public sealed partial class PolishEntityResolver
{
    private sealed partial class ResolutionPass
    {
        /// <summary>The unnamed groups of the sentence being resolved, given their state once the whole sentence is read.</summary>
        private readonly List<GroupMention> _groups = [];

        /// <summary>
        /// An unnamed group that can act (<c>policja</c>, <c>demonstranci</c>, <c>rosyjska delegacja</c>,
        /// <c>delegacji ukraińskiej</c>), with the country adjectives before and after its noun; the noun's words
        /// are the <c>group</c> categories of <c>data/coreference-words.txt</c>.
        /// </summary>
        private GroupMention? GroupAt(int i, Sentence sentence)
        {
            if (_t.Pos(i) is not ("adj" or "subst" or "depr"))
            {
                // This runs at most tokens: the cheap test first.
                return null;
            }

            int noun = i;
            string? adjectiveCountry = null;
            while (noun < sentence.EndToken && _t.Pos(noun) == "adj" && _t.NameAt(noun) < 0)
            {
                adjectiveCountry ??= AdjectiveCountry(noun)?.Code;
                noun++;
            }

            if (noun >= sentence.EndToken || noun > i && adjectiveCountry is null || _t.NameAt(noun) >= 0
                || _t.Pos(noun) is not ("subst" or "depr" or "adj") || i > sentence.FirstToken && IsPlacePreposition(i - 1))
            {
                return null;
            }

            bool groupOf = IsWord("group-of", noun);
            string? sector = GroupSector(noun);
            if (sector is null && !groupOf
                || noun + 1 < sentence.EndToken && (_t.NameAt(noun + 1) >= 0 || KnownName(noun + 1, sentence.EndToken) is not null))
            {
                // "władze Rosji", "rebelianci Huti": the name after the noun is who acts.
                return null;
            }

            if (noun == i && i > sentence.FirstToken && _t.Pos(i - 1) == "adj" && AdjectiveCountry(i - 1) is { } before)
            {
                // "Izraelska armia": the adjective, read as a name or a mention of its own already, still says whose group it is.
                adjectiveCountry = before.Code;
            }

            int end = noun + 1;
            while (end < sentence.EndToken && _t.Pos(end) == "adj" && _t.NameAt(end) < 0 && _t.Case(end) == _t.Case(noun))
            {
                if (AdjectiveCountry(end) is { } after)
                {
                    // "delegacji ukraińskiej": a country adjective after the noun belongs to the group.
                    adjectiveCountry ??= after.Code;
                    end++;
                    break;
                }

                end++;
            }

            if (adjectiveCountry is null)
            {
                // Only the adjectives that name a state belong to the mention; others ("niezależnego") stay out.
                end = noun + 1;
            }

            int named = noun;
            if (end < sentence.EndToken && _t.Case(end) == "gen" && _t.NameAt(end) < 0 && groupOf && GroupSector(end) is { } inner)
            {
                // "władze separatystów", "przedstawiciele opozycji": the group in the genitive says who acts.
                (end, sector, named) = (end + 1, inner, end);
            }
            else if (sector is null)
            {
                return null;
            }

            return new GroupMention(i, noun, end, named, sector, adjectiveCountry);
        }

        /// <summary>"do armii", "w wywiadzie": a group after a preposition of place is where something goes or is, not who acts.</summary>
        private bool IsPlacePreposition(int i) => _t.Pos(i) == "prep" && _t.Lemmas[i] is "do" or "w" or "we";

        /// <summary>The sector code of a group noun (COP, CVL, GOV…), or null; some words name a group only in the plural (<c>władze</c>, <c>służby</c>).</summary>
        private string? GroupSector(int i)
        {
            if (!_t.IsPlural(i) && IsWord("group-plural", i) || IsWord("group-of", i) && !IsWord("group-GOV", i))
            {
                return null;
            }

            string form = _t.LowerForms[i], lemma = _t.LowerLemmas[i];
            for (int s = 0; s < GroupSectors.Length; s++)
            {
                if (resolver._groupSectorWords[s] is { } words && (words.Contains(form) || words.Contains(lemma)))
                {
                    return GroupSectors[s];
                }
            }

            return null;
        }

        /// <summary>
        /// Takes a group found at the resolver's position: its country adjectives stay mentions of their state
        /// ("rosyjskie wojsko" is Russia acting), the group is mentioned by its noun.
        /// </summary>
        private void AcceptGroup(GroupMention group)
        {
            for (int x = group.Start; x < group.End; x++)
            {
                if (x < group.First || x >= group.NounEnd)
                {
                    CountryWord(x);
                }
            }

            _groups.Add(group);
        }

        /// <summary>
        /// Registers the sentence's groups. A group of the sector of a body the story has named is that body
        /// ("rebelianci" after "Huti", "armia" after "Siły Obronne Izraela"); else it is a group of its state: its
        /// country adjective, else a place named in its sentence, else the state the story has named most (twice at least).
        /// </summary>
        private void ResolveGroups(Sentence sentence)
        {
            foreach (GroupMention group in _groups)
            {
                string lemma = _t.Lemmas[group.Noun];
                string? country = group.Country ?? Origin(group) ?? PlaceNear(group, sentence) ?? OwnStateBefore(group, sentence);
                int entity = NamedBodyOf(group) ?? (country is null ? SameGroupBefore(group, lemma) : null) ?? GroupEntity(group, lemma, country ?? MostMentionedState());
                Mention(entity, group.First, group.NounEnd, lemma, MentionKind.Nominal);
            }

            _groups.Clear();
        }

        /// <summary>A group named again with nothing to place it ("separatyści" once more) is the group named before.</summary>
        private int? SameGroupBefore(GroupMention group, string lemma)
        {
            string prefix = "group:" + lemma + ":" + group.Sector + ":";
            for (int e = Registry.Entities.Count - 1; e >= 0; e--)
            {
                if (Registry.Entities[e].Key.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return e;
                }
            }

            return null;
        }

        private int GroupEntity(GroupMention group, string lemma, string? country)
        {
            string key = "group:" + lemma + ":" + group.Sector + ":" + country;
            return Registry.Get(key, () => new EntityDraft(key, EntityType.Organization, lemma)
            {
                Country = country,
                Actor = (country ?? "") + group.Sector,
            });
        }

        /// <summary>The named body of the knowledge base, already in the story, whose actor code ends in the group's sector (and state).</summary>
        private int? NamedBodyOf(GroupMention group)
        {
            if (!resolver._words.Is("group-body", group.Sector, group.Sector))
            {
                return null;
            }

            for (int e = 0; e < Registry.Entities.Count; e++)
            {
                EntityDraft body = Registry.Entities[e];
                if (body.Type == EntityType.Organization && body.KnowledgeId is not null && body.Actor is { } actor
                    && actor.EndsWith(group.Sector, StringComparison.Ordinal) && actor.Length > group.Sector.Length
                    && (group.Country is null || group.Country == body.Country))
                {
                    return e;
                }
            }

            return null;
        }

        /// <summary>"opozycjoniści z Białorusi": the state a group comes from, named after "z" right behind it.</summary>
        private string? Origin(GroupMention group)
        {
            if (group.End + 1 >= _t.Count || _t.Lemmas[group.End] != "z" || _t.Case(group.End + 1) != "gen")
            {
                return null;
            }

            foreach (EntityMention m in Registry.MentionsIn(group.End + 1, group.End + 2))
            {
                if (Registry.Entities[m.Entity].Country is { } country)
                {
                    return country;
                }
            }

            return null;
        }

        /// <summary>
        /// The state of the place named nearest the group in its sentence ("demonstranci w Erywaniu", "władze w
        /// Caracas"). Not the states that act in it: those are more often the group's counterpart.
        /// </summary>
        private string? PlaceNear(GroupMention group, Sentence sentence)
        {
            string? best = null;
            int bestDistance = int.MaxValue;
            foreach (EntityMention m in Registry.MentionsIn(sentence.FirstToken, sentence.EndToken))
            {
                EntityDraft entity = Registry.Entities[m.Entity];
                if (entity.Country is not { } country || entity.Type != EntityType.Location)
                {
                    continue;
                }

                int distance = m.FirstToken >= group.End ? m.FirstToken - group.End : group.Start - m.EndToken;
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (country, distance);
                }
            }

            return best;
        }

        /// <summary>
        /// "Premier Izraela zapowiedział, że armia wznowi operację": a state organ (army, police, authorities) is of the
        /// state its sentence has named before it, when the people and bodies there are all of one state.
        /// </summary>
        private string? OwnStateBefore(GroupMention group, Sentence sentence)
        {
            if (!resolver._words.Is("group-own", group.Sector, group.Sector))
            {
                return null;
            }

            string? state = null;
            foreach (EntityMention m in Registry.MentionsIn(sentence.FirstToken, group.Start))
            {
                EntityDraft entity = Registry.Entities[m.Entity];
                if (entity.Type == EntityType.Location || entity.Key.StartsWith("group:", StringComparison.Ordinal))
                {
                    continue;
                }

                if (entity.Country is not { } country || state is not null && state != country)
                {
                    return null;
                }

                state = country;
            }

            return state;
        }

        /// <summary>The state the text has mentioned most so far (itself, its places, its people and bodies), at least twice and more than any other.</summary>
        private string? MostMentionedState()
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (EntityMention m in Registry.Mentions)
            {
                if (Registry.Entities[m.Entity] is { Country: { } country } entity && !entity.Key.StartsWith("group:", StringComparison.Ordinal))
                {
                    counts[country] = counts.GetValueOrDefault(country) + 1;
                }
            }

            // One mention, or a tie, is no sign of what the story is about: then the group has no state rather than a guessed one.
            if (counts.Count == 0)
            {
                return null;
            }

            KeyValuePair<string, int> most = counts.MaxBy(kv => kv.Value);
            bool tie = counts.Count(kv => kv.Value == most.Value) > 1;
            return most.Value >= 2 && !tie ? most.Key : null;
        }
    }

    /// <summary>The sectors of unnamed groups, as CAMEO writes them after the state's code (RUSCOP, VENOPP).</summary>
    private static readonly string[] GroupSectors = ["COP", "CVL", "OPP", "GOV", "MIL", "JUD", "SPY", "REB"];

    /// <summary>The word category of each sector's group nouns in <c>data/coreference-words.txt</c> (<c>group-COP</c>…).</summary>
    private static readonly string[] GroupSectorCategories = [.. GroupSectors.Select(sector => "group-" + sector)];

    /// <param name="Start">The first token, a country adjective before the noun included.</param>
    /// <param name="First">The first token of the group's own mention (its noun).</param>
    /// <param name="End">Where the phrase ends, a country adjective after the noun included.</param>
    /// <param name="Noun">The noun that names the group ("separatystów" of "władze separatystów").</param>
    /// <param name="Country">The state a country adjective gives it, or null.</param>
    private sealed record GroupMention(int Start, int First, int End, int Noun, string Sector, string? Country)
    {
        /// <summary>Where the group's own mention ends: after its noun, or after the genitive group it names.</summary>
        public int NounEnd => Math.Max(First, Noun) + 1;
    }
}
