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
            while (noun < sentence.EndToken && _t.Pos(noun) == "adj" && _t.NameAt(noun) < 0 && !IsNounAdjective(noun, sentence.EndToken))
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
                || IsWord("group-subject", noun) && _t.Case(noun) != "nom"
                || IsWord("group-modified", noun) && adjectiveCountry is null && !(noun + 1 < sentence.EndToken && _t.Pos(noun + 1) == "adj" && _t.Case(noun + 1) == _t.Case(noun)))
            {
                // "siedziba rządu", "użycie siły": these words name a group only as a subject, or with an adjective ("siły zbrojne").
                return null;
            }

            if (noun + 1 < sentence.EndToken && (_t.NameAt(noun + 1) >= 0 || KnownName(noun + 1, sentence.EndToken) is not null))
            {
                // "władze Rosji", "bojówki Hezbollahu": the name after the noun is who acts, and the noun a mention of it.
                if (noun == i && NamedAfter(noun + 1, sentence.EndToken) is { } actor && !CoordinatedAfter(noun + 1))
                {
                    Mention(actor, noun, noun + 1, _t.Lemmas[noun], MentionKind.Nominal);
                }

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

        /// <summary>"poparła protestujących": an adjective of the group words with no noun of its case after it stands for the group.</summary>
        private bool IsNounAdjective(int i, int sentenceEnd) =>
            GroupSector(i) is not null && !(i + 1 < sentenceEnd && _t.Pos(i + 1) is "subst" or "adj" && _t.Case(i + 1) == _t.Case(i));

        /// <summary>"do armii", "w wywiadzie": a group after a preposition of place is where something goes or is, not who acts.</summary>
        private bool IsPlacePreposition(int i) => _t.Pos(i) == "prep" && _t.Lemmas[i] is "do" or "w" or "we";

        /// <summary>The sector code of a group noun (COP, CVL, GOV…), or null; some words name a group only in the plural (<c>władze</c>, <c>służby</c>).</summary>
        private string? GroupSector(int i)
        {
            if (!resolver._anyGroupWord.Contains(_t.LowerLemmas[i]) && !resolver._anyGroupWord.Contains(_t.LowerForms[i])
                || !_t.IsPlural(i) && IsWord("group-plural", i) || IsWord("group-of", i) && !IsWord("group-GOV", i))
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
                string? country = group.Country ?? OwnerByRelative(group) ?? StateAfter(group) ?? Origin(group) ?? PlaceNear(group, sentence) ?? OwnStateBefore(group, sentence);
                int entity = NamedBodyOf(group) ?? (country is null ? SameGroupBefore(group, lemma) : null)
                    ?? GroupEntity(group, lemma, country ?? (resolver._words.Is("group-story", group.Sector, group.Sector) ? MostMentionedState() : null));
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

        /// <summary>Whether the name at <paramref name="k"/> is followed by a coordinated one ("delegacje Rosji i Ukrainy": the noun is of both).</summary>
        private bool CoordinatedAfter(int k)
        {
            int end = _t.StartsName(k) ? document.Names[_t.NameAt(k)].EndToken : k + 1;
            return end < _t.Count && IsWord("and", end);
        }

        /// <summary>The state or organisation named in the genitive at token <paramref name="k"/> (an acronym in any case), resolved; else null.</summary>
        private int? NamedAfter(int k, int sentenceEnd)
        {
            bool acronym = _t.Forms[k].Length > 1 && _t.Forms[k].All(c => !char.IsLetter(c) || char.IsUpper(c));
            if (!acronym && _t.Case(k) is not (null or "gen"))
            {
                return null;
            }

            int entity;
            if (_t.StartsName(k))
            {
                if (document.Names[_t.NameAt(k)].Type == EntityType.Person)
                {
                    return null;
                }

                entity = ResolveName(_t.NameAt(k));
            }
            else if (_t.NameAt(k) < 0 && KnownName(k, sentenceEnd) is { } known)
            {
                entity = Registry.Of(known.Entry);
            }
            else
            {
                return null;
            }

            return Registry.Entities[entity].Type is EntityType.Country or EntityType.Organization ? entity : null;
        }

        /// <summary>"Czarnogóra, której rząd poparł Kosowo": a group after a possessive "którego/której/których" is of the state named before the comma.</summary>
        private string? OwnerByRelative(GroupMention group)
        {
            int relative = group.Start - 1, comma = relative - 1;
            if (comma < 0 || _t.LowerLemmas[relative] != "który" || _t.Case(relative) != "gen" || _t.LowerForms[comma] != ",")
            {
                return null;
            }

            string? owner = null;
            foreach (EntityMention m in Registry.MentionsIn(0, comma))
            {
                if (m.EndToken == comma)
                {
                    owner = Registry.Entities[m.Entity].Country;
                }
            }

            return owner;
        }

        /// <summary>"siły zbrojne Sudanu", "junta wojskowa Nigru": a state named in the genitive after the group's noun and its adjectives is whose group it is.</summary>
        private string? StateAfter(GroupMention group)
        {
            int x = group.NounEnd;
            while (x < _t.Count && _t.Pos(x) == "adj" && _t.NameAt(x) < 0)
            {
                x++;
            }

            if (x == group.NounEnd || x >= _t.Count || _t.Case(x) is not (null or "gen"))
            {
                // Right after the noun a name stops the group ("władze Rosji" are Russia acting).
                return null;
            }

            foreach (EntityMention m in Registry.MentionsIn(x, x + 1))
            {
                if (Registry.Entities[m.Entity] is { Type: EntityType.Country, Country: { } country })
                {
                    return country;
                }
            }

            return null;
        }

        /// <summary>"opozycjoniści z Białorusi", "junta w Mali": the state a group comes from, named after "z" right behind it, or the state it is in.</summary>
        private string? Origin(GroupMention group)
        {
            bool from = group.End + 1 < _t.Count && _t.Lemmas[group.End] == "z" && _t.Case(group.End + 1) == "gen";
            bool @in = group.End + 1 < _t.Count && _t.Lemmas[group.End] is "w" or "we" && _t.Case(group.End + 1) is "loc" or null;
            if (!from && !@in)
            {
                return null;
            }

            foreach (EntityMention m in Registry.MentionsIn(group.End + 1, group.End + 2))
            {
                // "junta w Mali": the state the group is in (a place in it is left to the places of its sentence).
                if (Registry.Entities[m.Entity] is { Country: { } country } entity && (from || entity.Type == EntityType.Country))
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
                // An outlet that reports the words ("Według agencji Reuters armia…") says nothing of whose army it is.
                if (entity.Type == EntityType.Location || entity.Key.StartsWith("group:", StringComparison.Ordinal) || IsOutlet(entity))
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

        /// <summary>A news agency, broadcaster or paper: the MED sector of the knowledge base's actor codes.</summary>
        private static bool IsOutlet(EntityDraft entity) => entity.Actor is { } actor && actor.EndsWith("MED", StringComparison.Ordinal);

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
    private static readonly string[] GroupSectors = ["COP", "CVL", "OPP", "GOV", "MIL", "LEG", "JUD", "SPY", "REB"];

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
