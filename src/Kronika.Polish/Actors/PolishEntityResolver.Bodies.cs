using System.Collections.Frozen;
using Kronika.Core.Text;
using Kronika.Polish.Knowledge;

namespace Kronika.Polish.Actors;

public sealed partial class PolishEntityResolver
{
    /// <summary>The sectors of a state's bodies named by their kind (<c>ministerstwo</c>, <c>armia</c>, <c>parlament</c>), as CAMEO writes them after the state's code.</summary>
    private static readonly string[] BodySectors = ["GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY"];

    private sealed partial class ResolutionPass
    {
        /// <summary>
        /// A state named in the genitive right after token <paramref name="end"/> - 1 (<c>MSZ | Izraela</c>,
        /// <c>Armia | Sudanu</c>), with where it ends and the recognised name it is (or -1); else null.
        /// </summary>
        private (Country State, int End, int Name)? StateAfter(int end)
        {
            if (end + 1 < _sentenceEnd && _t.Lemmas[end] is "w" or "we" && _t.Case(end + 1) == "loc" && _t.IsCapitalised(end + 1)
                && _kb.CountryOfCapital(_t.StartsName(end + 1) ? NameLemma(_t.NameAt(end + 1)) : _t.Lemmas[end + 1]) is { } seat)
            {
                // "Ministerstwo Obrony w Baku": the capital says whose body it is; the city stays a place of its own.
                return (seat, end, -1);
            }

            if (end >= _sentenceEnd || !_t.IsCapitalised(end) || HolderAt(end, _sentenceEnd) is not { Country: { } state } holder
                || holder.Name >= 0 && document.Names[holder.Name].Type == EntityType.Person)
            {
                return null;
            }

            return (state, holder.End, holder.Name);
        }

        /// <summary>
        /// "sekretarz | indyjskiego MSZ", "rzecznik | chińskiego MSZ": a state's adjective before a national body's name that the
        /// knowledge base knows for another state makes that state's body of the kind the holder of a role; the adjective
        /// stays a mention of the state, the name is resolved as that state's body. Null when token <paramref name="k"/> starts no such pair.
        /// </summary>
        private Holder? AdjectiveBody(int k, int sentenceEnd)
        {
            if (k + 1 >= sentenceEnd || _t.Pos(k) != "adj" || !_t.IsCapitalised(k + 1) || AdjectiveCountry(k) is not { } state
                || _t.NameAt(k) is int own and >= 0 && document.Names[own].EndToken != k + 1)
            {
                // An adjective the recogniser took for a name of its own ("indyjskiego") is still the state's adjective.
                return null;
            }

            int nameIndex = _t.StartsName(k + 1) ? _t.NameAt(k + 1) : -1;
            (KnowledgeEntry Entry, int End)? known = nameIndex < 0 ? KnownName(k + 1, sentenceEnd) : null;
            IEnumerable<KnowledgeEntry> entries = nameIndex >= 0 ? _kb.FindByName(NameLemma(nameIndex)) : known is { } found ? [found.Entry] : [];
            foreach (KnowledgeEntry entry in entries)
            {
                if (entry is KnowledgeEntry.OfOrganization { Organization: { Country: { Length: 3 } home, Actor: { } actor } body })
                {
                    Mention(Registry.OfCountry(state), k, k + 1, _t.Lemmas[k], MentionKind.Adjective);
                    int end = nameIndex >= 0 ? document.Names[nameIndex].EndToken : known!.Value.End;
                    if (nameIndex >= 0)
                    {
                        ResolveName(nameIndex);
                    }
                    else
                    {
                        Mention(BodyOf(body, state) ?? Registry.OfOrganization(body), k + 1, end, Lemma(k + 1, end), MentionKind.Name);
                    }

                    string sector = actor.StartsWith(home, StringComparison.Ordinal) ? actor[home.Length..] : "";
                    if (_t.NameAt(k) is int adjective and >= 0)
                    {
                        _entityOfName[adjective] = Registry.OfCountry(state);
                    }

                    return new Holder(state.Code, state, null, -1, end, -1, state.Code + sector);
                }
            }

            return null;
        }

        /// <summary>
        /// The body of <paramref name="state"/> that a name of a body's kind stands for when the state follows it in the genitive:
        /// another state's body of the kind of a national body the knowledge base knows (<c>MSZ</c> is Poland's), or a body of
        /// that state named by a head noun of <c>body-</c> or <c>group-</c> words (<c>Ministerstwo Obrony</c>, <c>Armia</c>).
        /// Null for a name the knowledge base knows as a state, a person or an international body.
        /// </summary>
        private int? BodyOfState(NameMention name, string lemma, KnowledgeEntry[] entries, Country state)
        {
            if (entries.Length > 0)
            {
                return entries[0] is KnowledgeEntry.OfOrganization { Organization: { Country: { Length: 3 } own } body }
                    ? BodyOf(body, state) ?? (own == state.Code ? Registry.OfOrganization(body) : null)
                    : null;
            }

            return BodySector(name.FirstToken, name.EndToken) is { } sector ? StateBody(lemma, state, sector) : null;
        }

        /// <summary>
        /// An organisation the knowledge base does not know, with a state named inside its name (<c>Chińska Armia
        /// Ludowo-Wyzwoleńcza</c>, <c>Dowództwo Teatru Działań ChRL</c>) and a head noun of a state's body: that state's body.
        /// </summary>
        private int? StateWithin(NameMention name)
        {
            // "azerbejdżańskie Ministerstwo Obrony": a state's adjective right before the name says whose body it is too.
            int from = name.FirstToken > 0 && _t.Pos(name.FirstToken - 1) == "adj" && _t.NameAt(name.FirstToken - 1) < 0 ? name.FirstToken - 1 : name.FirstToken;
            for (int x = from; x < name.EndToken; x++)
            {
                Country? state = _t.Pos(x) == "adj" ? AdjectiveCountry(x) : x > name.FirstToken ? CountryNamed(x) : null;
                if (state is not null)
                {
                    return BodySector(name.FirstToken, name.EndToken) is { } sector ? StateBody(NameLemma(_t.NameAt(name.FirstToken)), state, sector) : null;
                }
            }

            return null;
        }

        /// <summary>The state a word names by its form or lemma (<c>Rosji</c>, <c>ChRL</c>), or whose capital it is (<c>w Baku</c>), or null.</summary>
        private Country? CountryNamed(int x)
        {
            if (!_t.IsCapitalised(x))
            {
                return null;
            }

            if ((_kb.CountryOfCapital(_t.Lemmas[x]) ?? _kb.CountryOfCapital(_t.Forms[x])) is { } capital)
            {
                return capital;
            }

            foreach (KnowledgeEntry entry in _kb.FindByName(_t.Lemmas[x]))
            {
                if (entry is KnowledgeEntry.OfCountry c)
                {
                    return c.Country;
                }
            }

            foreach (KnowledgeEntry entry in _kb.FindByName(_t.Forms[x]))
            {
                if (entry is KnowledgeEntry.OfCountry c)
                {
                    return c.Country;
                }
            }

            return null;
        }

        /// <summary>
        /// "Kongres", "Izba Reprezentantów" alone: a body the story has named and placed before, else one the knowledge base
        /// knows only with its state's name after it ("Kongres USA", "Kongres Meksyku"): the one of the state the story has
        /// mentioned most, twice at least; null when two of their states are mentioned as often.
        /// </summary>
        private int? StateOfGenericBody(string lemma)
        {
            for (int e = Registry.Entities.Count - 1; e >= 0; e--)
            {
                // "Ministerstwo Obrony w Baku… Ministerstwo Obrony": the body the story has placed already.
                if (Registry.Entities[e] is { Type: EntityType.Organization, Country: not null } named && named.Name.StartsWith(lemma, StringComparison.Ordinal))
                {
                    return e;
                }
            }

            Organization? best = null;
            int bestCount = 0;
            bool tie = false;
            foreach (Organization body in _kb.Organizations)
            {
                if (body.Country is not { Length: 3 } code || body.Name.Length <= lemma.Length || body.Name[lemma.Length] != ' '
                    || !body.Name.StartsWith(lemma, StringComparison.Ordinal))
                {
                    continue;
                }

                int count = MentionsOfState(code);
                if (count > bestCount)
                {
                    (best, bestCount, tie) = (body, count, false);
                }
                else if (count == bestCount && count > 0 && best?.Country != code)
                {
                    tie = true;
                }
            }

            return best is not null && bestCount >= 2 && !tie ? Registry.OfOrganization(best) : null;
        }

        /// <summary>How many mentions so far are of <paramref name="code"/>'s state or of its people, places and bodies.</summary>
        private int MentionsOfState(string code)
        {
            int count = 0;
            foreach (EntityMention m in Registry.Mentions)
            {
                if (Registry.Entities[m.Entity].Country == code)
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>The body of <paramref name="state"/> called <paramref name="lemma"/>: the knowledge base's when it has one by that name, else one of the story's own.</summary>
        private int StateBody(string lemma, Country state, string sector)
        {
            foreach (Organization known in _kb.Organizations)
            {
                if (known.Country == state.Code && known.Name.StartsWith(lemma, StringComparison.Ordinal))
                {
                    return Registry.OfOrganization(known);
                }
            }

            string key = "org-of:" + state.Code + ":" + NameKey.Of(lemma);
            return Registry.Get(key, () => new EntityDraft(key, EntityType.Organization, lemma) { Country = state.Code, Actor = state.Code + sector });
        }

        /// <summary>
        /// The sector of the first noun of the tokens [<paramref name="first"/>, <paramref name="end"/>) when it names a kind of a
        /// state's body (<c>body-</c> words of <c>data/coreference-words.txt</c>, then the <c>group-</c> words), else null.
        /// </summary>
        private string? BodySector(int first, int end)
        {
            int x = first;
            while (x < end && _t.Pos(x) == "adj")
            {
                x++;
            }

            if (x >= end)
            {
                return null;
            }

            string form = _t.LowerForms[x], lemma = _t.LowerLemmas[x];
            for (int s = 0; s < BodySectors.Length; s++)
            {
                if (resolver._bodySectorWords[s] is { } words && (words.Contains(form) || words.Contains(lemma)))
                {
                    return BodySectors[s];
                }
            }

            return GroupSector(x);
        }
    }
}
