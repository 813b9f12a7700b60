using System.Collections.Frozen;
using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Pipeline;
using Kronika.Core.Text;
using Kronika.Polish.Knowledge;
using Kronika.Polish.Morphology;
using Kronika.Polish.Names;
using Kronika.Polish.Tagging;

namespace Kronika.Polish.Actors;

/// <summary>
/// Decides who each actor is. Reads the recognised names and the morphology; writes the entities of the
/// document and every mention of each: names (resolved against the knowledge base, a surname to the
/// full name mentioned before), role phrases (<c>rosyjski przywódca</c>, <c>sekretarz stanu USA</c>, resolved
/// to whoever held the role on the document's date), capitals and seats of power standing for their
/// state unless a preposition makes them a place, country adjectives and demonyms.
/// </summary>
public sealed partial class PolishEntityResolver : IPipelineComponent
{
    /// <summary>Gives the nominative base form of the names of a token range of an analysed document, knowing what kind of name it is when the recogniser said so.</summary>
    public delegate string NameLemmatizer(Document document, int firstToken, int endToken, NameCategory category);

    private readonly KnowledgeBase _knowledge;
    private readonly PlacePrepositions _places;
    private readonly CoreferenceWords _words;
    private readonly NameLemmatizer _lemmatize;
    private readonly IWordAnalyzer? _dictionary;
    private readonly PlaceStates _placeStates;

    /// <param name="dictionary">Every reading of a word, for one-word names whose chosen lemma hides a country (<c>Niemiec</c> is also the genitive of <c>Niemcy</c>).</param>
    /// <param name="placeStates">The states of regions and cities (<c>data/kb/places.txt</c>).</param>
    public PolishEntityResolver(KnowledgeBase knowledge, PlacePrepositions places, PlaceStates placeStates, CoreferenceWords words, NameLemmatizer lemmatize, IWordAnalyzer? dictionary = null)
    {
        _placeStates = placeStates;
        _knowledge = knowledge;
        _places = places;
        _words = words;
        _lemmatize = lemmatize;
        _dictionary = dictionary;
        _groupSectorWords = [.. GroupSectorCategories.Select(words.WordsOf)];
        _bodySectorWords = [.. BodySectors.Select(sector => words.WordsOf("body-" + sector))];
        _anyGroupWord = _groupSectorWords.Where(w => w is not null).SelectMany(w => w!).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Every group noun of every sector: one lookup tells most words apart before the sectors are asked.</summary>
    private readonly FrozenSet<string> _anyGroupWord;

    /// <summary>The head nouns of each sector of <see cref="BodySectors"/>, in its order (null where the file has none).</summary>
    private readonly FrozenSet<string>?[] _bodySectorWords;

    /// <summary>The group nouns of each sector of <see cref="GroupSectors"/>, in its order (null where the file has none).</summary>
    private readonly FrozenSet<string>?[] _groupSectorWords;

    public string Name => "polish-entity-resolver";

    public IReadOnlyList<Layer> Reads { get; } = [Layer.Tokens, Layer.Sentences, Layer.Morphology, Layer.Names];

    public IReadOnlyList<Layer> Writes { get; } = [Layer.Entities];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var pass = new ResolutionPass(this, document);
        for (int s = 0; s < document.Sentences.Length; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            pass.Resolve(s);
        }

        var (entities, mentions) = pass.Registry.Freeze();
        document.SetEntities(entities, mentions);
    }

    /// <summary>The state of resolving one document, in text order.</summary>
    private sealed partial class ResolutionPass(PolishEntityResolver resolver, Document document)
    {
        private readonly ActorTokens _t = new(document);
        private readonly Dictionary<int, int> _entityOfName = [];
        private readonly string?[] _nameLemmas = new string?[document.Names.Length];
        private readonly KnowledgeBase _kb = resolver._knowledge;
        private readonly DateOnly? _date = document.Info.Date;
        private readonly Country?[] _adjectiveCountry = new Country?[document.Tokens.Length];
        private readonly bool[] _adjectiveCountryKnown = new bool[document.Tokens.Length];

        public EntityRegistry Registry { get; } = new(resolver._knowledge, document.Info.Date);

        /// <summary>Where the sentence being resolved starts; a pronoun looks back to the sentence before it.</summary>
        private int _previousSentenceStart;

        /// <summary>Where the sentence three before the current one starts: how far back a role noun looks for its holder.</summary>
        private int _recentStart;

        /// <summary>Where the sentence being resolved ends.</summary>
        private int _sentenceEnd;

        /// <summary>Names whose mention takes in the state named in the genitive after them (<c>MSZ | Izraela</c>): where it ends.</summary>
        private readonly Dictionary<int, int> _extendedEnd = [];

        public void Resolve(int sentenceIndex)
        {
            Sentence sentence = document.Sentences[sentenceIndex];
            _previousSentenceStart = document.Sentences[Math.Max(0, sentenceIndex - 1)].Start;
            _sentenceEnd = sentence.EndToken;
            _recentStart = document.Sentences[Math.Max(0, sentenceIndex - 3)].Start;
            int i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                if (TryRole(i, sentence, out int next))
                {
                    i = next;
                }
                else if (_t.StartsName(i) && IsWrittenAsName(_t.NameAt(i)))
                {
                    int k = _t.NameAt(i);
                    ResolveName(k);
                    i = _extendedEnd.TryGetValue(k, out int extended) ? extended : document.Names[k].EndToken;
                }
                else if (_t.NameAt(i) < 0 && KnownName(i, sentence.EndToken) is { } known)
                {
                    Mention(Registry.Of(known.Entry), i, known.End, Lemma(i, known.End), MentionKind.Name);
                    i = known.End;
                }
                else if (_t.NameAt(i) < 0 && PersonAlreadyMentioned(i) is { } person)
                {
                    Mention(person, i, i + 1, Lemma(i, i + 1), MentionKind.Name);
                    i++;
                }
                else if (OwnCountry(i) is { } country)
                {
                    Mention(country, i, i + 2, _t.Lemmas[i + 1], MentionKind.Nominal);
                    i += 2;
                }
                else if (Antecedent(i, sentence) is { } antecedent)
                {
                    Mention(antecedent, i, i + 1, _t.Lemmas[i], MentionKind.Pronoun);
                    i++;
                }
                else if (GroupAt(i, sentence) is { } group)
                {
                    AcceptGroup(group);
                    i = group.End;
                }
                else
                {
                    CountryWord(i);
                    i++;
                }
            }

            ResolveGroups(sentence);
        }

        /// <summary>A role phrase, with the country adjectives before it, the holders after it and a name in apposition.</summary>
        private bool TryRole(int i, Sentence sentence, out int next)
        {
            next = i;
            int j = i;
            List<Holder>? adjectives = null; // made only when needed: this runs at every token
            while (j < sentence.EndToken && _t.Pos(j) == "adj" && AdjectiveCountry(j) is { } adjectiveCountry)
            {
                (adjectives ??= []).Add(new Holder(adjectiveCountry.Code, adjectiveCountry, null, -1, -1));
                j++;
            }

            // This runs at every token, and most start no role phrase: when none fits up to the end of the
            // words, none fits in the shorter reach below either, so the first lookup settles most tokens.
            if (_t.NameAt(j) >= 0 || _kb.RolePhrases.Match(_t.Lemmas, _t.Forms, j) is not { } whole)
            {
                return false;
            }

            // A role phrase stops where a recognised name begins: "rzecznik | Departamentu Stanu USA"...
            int limit = j + 1;
            while (limit < sentence.EndToken && _t.NameAt(limit) < 0)
            {
                limit++;
            }

            // ...unless the name lies wholly inside the phrase: "szef MSZ" is one role, though MSZ is a name.
            if ((CoversWholeNames(j, j + whole.Length) ? whole : _kb.RolePhrases.Match(_t.Lemmas, _t.Forms, j, limit)) is not { } match)
            {
                return false;
            }

            List<Holder> holders = adjectives ?? [];
            int roleStart = j;
            int k = j + match.Length;
            if (InnerAdjective(j, sentence.EndToken, match.Length) is { } inner)
            {
                // "szef niemieckiego rządu", "rzecznik chińskiego MSZ": the state's adjective inside the phrase.
                // The adjective stays a mention of its state, as it would be outside the phrase.
                match = inner.Match;
                holders.Add(new Holder(inner.Country.Code, inner.Country, null, -1, -1));
                Mention(Registry.OfCountry(inner.Country), j + 1, j + 2, _t.Lemmas[j + 1], MentionKind.Adjective);
                k = j + match.Length + 1;
            }

            // A country named inside the phrase itself ("kanclerz Niemiec") is whom the role serves; an
            // organisation there is part of the title ("szef MSZ Rosji" serves Russia, not the Polish MSZ).
            for (int x = roleStart + 1; x < k; x++)
            {
                if (_t.StartsName(x) && HolderAt(x, sentence.EndToken) is { Country: not null } inside)
                {
                    holders.Add(inside);
                }
            }

            while (k < sentence.EndToken && (AdjectiveBody(k, sentence.EndToken) ?? HolderAt(k, sentence.EndToken)) is { } holder)
            {
                holders.Add(holder);
                k = holder.End;
                if (k + 1 < sentence.EndToken && IsWord("and", k) && HolderAt(k + 1, sentence.EndToken) is not null)
                {
                    k++;
                }
            }

            string lemma = RoleLemma(i, roleStart, k);
            bool plural = _t.IsPlural(roleStart);
            int named = k;
            if (named + 1 < sentence.EndToken && _t.Pos(named) == "prep" && _t.StartsName(named + 1) && document.Names[_t.NameAt(named + 1)].Type != EntityType.Person)
            {
                // "ambasador USA na Ukrainie Bridget Brink": where the office is held stands between the role and the holder's name.
                named = document.Names[_t.NameAt(named + 1)].EndToken;
            }

            int? apposition = named < sentence.EndToken && _t.StartsName(named) && document.Names[_t.NameAt(named)].Type == EntityType.Person ? _t.NameAt(named) : null;
            var referents = new List<int>();
            if (apposition is { } nameIndex && !plural)
            {
                int person = ResolveName(nameIndex);
                EntityDraft draft = Registry.Entities[person];
                if (holders.Count == 1)
                {
                    draft.AddRole(match.Role.Key + " " + holders[0].Code);
                    draft.Country ??= holders[0].CountryCode;
                    draft.Actor ??= ActorOf(match.Role, holders[0]);
                }

                referents.Add(person);
            }
            else if (holders.Count > 0)
            {
                referents.AddRange(holders.Select(h => Holder(match.Role, h, lemma, plural)));
            }
            else if (plural && roleStart > sentence.FirstToken && IsWord("both", roleStart - 1))
            {
                referents.AddRange(TwoLast(match.Role));
                i = roleStart - 1;
            }
            else if (!plural && !(k < sentence.EndToken && _t.Case(k) == "gen" && _t.Pos(k) is "subst" or "depr" or "adj")
                && RecentHolder(match.Role, null, _previousSentenceStart) is { } recent)
            {
                // "Erdoğan zaproponował mediację. „…” – powiedział przywódca.": the role with no holder is the
                // person of that office the story has just named ("przywódca rebeliantów" is someone else).
                referents.Add(recent);
            }

            if (referents.Count == 0)
            {
                return false;
            }

            foreach (int referent in referents)
            {
                Mention(referent, i, k, lemma, MentionKind.Nominal);
            }

            foreach (Holder h in holders)
            {
                if (h.Name >= 0)
                {
                    ResolveName(h.Name);
                }
                else if (h.Start >= 0)
                {
                    Mention(h.Country is { } c ? Registry.OfCountry(c) : Registry.OfOrganization(h.Organization!), h.Start, h.End, Lemma(h.Start, h.End), MentionKind.Name);
                }
            }

            next = k;
            return true;
        }

        /// <summary>
        /// A longer role phrase read past a country adjective right after its head (<c>szef | niemieckiego | rządu</c>
        /// is <c>szef rządu</c> of Germany), with that country; null when the adjective starts no longer phrase.
        /// Asked only where the head alone is a role (<c>szef</c>, <c>rzecznik</c>, <c>minister</c>), so not at every word.
        /// </summary>
        private ((RoleDefinition Role, int Length) Match, Country Country)? InnerAdjective(int head, int end, int length)
        {
            int a = head + 1;
            if (a + 1 >= end || _t.Pos(a) != "adj" || _t.NameAt(a) >= 0 || AdjectiveCountry(a) is not { } country)
            {
                return null;
            }

            int n = Math.Min(6, end - a);
            string[] lemmas = new string[n], forms = new string[n];
            lemmas[0] = _t.Lemmas[head];
            forms[0] = _t.Forms[head];
            for (int x = 1; x < n; x++)
            {
                lemmas[x] = _t.Lemmas[a + x];
                forms[x] = _t.Forms[a + x];
            }

            // A body named inside ("rzecznik chińskiego MSZ") is a mention of its own, which the phrase would swallow.
            return _kb.RolePhrases.Match(lemmas, forms, 0) is { } longer && longer.Length > length && !NameWithin(a + 1, a + longer.Length)
                ? (longer, country)
                : null;
        }

        private bool NameWithin(int first, int end)
        {
            for (int x = first; x < end; x++)
            {
                if (_t.NameAt(x) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether every recognised name touching the tokens [<paramref name="first"/>, <paramref name="end"/>) lies inside them.</summary>
        private bool CoversWholeNames(int first, int end)
        {
            for (int x = first; x < end; x++)
            {
                if (_t.NameAt(x) is int k and >= 0 && (document.Names[k].FirstToken < first || document.Names[k].EndToken > end))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The two people <c>obaj przywódcy</c> refers to: the two named people mentioned last who hold the role,
        /// else the two named people mentioned last.
        /// </summary>
        private IEnumerable<int> TwoLast(RoleDefinition role)
        {
            int[] named = [.. Registry.RecentlyMentioned(EntityType.Person).Where(e => Registry.Entities[e].KnowledgeId is not null || !Registry.Entities[e].Key.StartsWith("role:", StringComparison.Ordinal))];
            int[] holding = [.. named.Where(e => Registry.Entities[e].Roles.Any(r => r.StartsWith(role.Key + " ", StringComparison.Ordinal)))];
            return holding.Length >= 2 ? holding.Take(2) : named.Take(2);
        }

        /// <summary>The person who held the role for the holder on the document's date, else an unnamed holder of it.</summary>
        /// <param name="plural">"rosyjscy dyplomaci", "ukraińscy żołnierze": a plural role with no one of the knowledge base holding it is a group of the holder's people, not one person.</param>
        private int Holder(RoleDefinition role, Holder holder, string lemma, bool plural = false)
        {
            // "Szef MSZ Rosji Siergiej Ławrow… – stwierdził rosyjski minister": the holder the story has just named.
            if (RecentHolder(role, holder.Code, _recentStart) is { } recent)
            {
                return recent;
            }

            var people = _date is null ? [] : _kb.HoldersOf(role.Key, holder.Code, _date).Select(x => x.Person).Distinct().ToList();
            if (people.Count == 1)
            {
                return Registry.OfPerson(people[0]);
            }

            if (plural)
            {
                string group = "group-role:" + role.Key + ":" + holder.Code;
                return Registry.Get(group, () => new EntityDraft(group, EntityType.Organization, lemma)
                {
                    Country = holder.CountryCode,
                    Actor = ActorOf(role, holder),
                });
            }

            string key = "role:" + role.Key + ":" + holder.Code;
            return Registry.Get(key, () => new EntityDraft(key, EntityType.Person, lemma)
            {
                Country = holder.CountryCode,
                Actor = ActorOf(role, holder),
                Roles = { role.Key + " " + holder.Code },
            });
        }

        /// <summary>
        /// The person mentioned last since <paramref name="from"/> who holds the role, for the holder
        /// <paramref name="code"/> (any holder when null): the same role, a narrower one (<c>minister spraw
        /// zagranicznych</c> is a <c>minister</c>), or one the role covers in <c>data/coreference-words.txt</c>
        /// (<c>role-dyplomata</c>: a foreign minister is a diplomat); or null.
        /// </summary>
        private int? RecentHolder(RoleDefinition role, string? code, int from)
        {
            FrozenSet<string>? covered = resolver._words.WordsOf("role-" + LatinLower.Of(role.Key));
            foreach (int candidate in Registry.RecentlyMentioned(EntityType.Person))
            {
                if (Registry.LastMention(candidate) is not { } last || last.Start < from)
                {
                    return null;
                }

                foreach (string held in Registry.Entities[candidate].Roles)
                {
                    int space = held.LastIndexOf(' ');
                    if (space <= 0 || (code is not null && !held.AsSpan(space + 1).SequenceEqual(code)))
                    {
                        continue;
                    }

                    string key = held[..space];
                    if (key == role.Key || key.StartsWith(role.Key + " ", StringComparison.Ordinal) || covered?.Contains(LatinLower.Of(key)) == true)
                    {
                        return candidate;
                    }
                }
            }

            return null;
        }

        private static string? ActorOf(RoleDefinition role, Holder holder) =>
            role.ActorRole is null
                ? holder.Actor ?? holder.Organization?.Actor ?? holder.CountryCode
                : holder.Organization is { Country: null, Actor: { } igo } ? igo : holder.CountryCode + role.ActorRole;

        /// <summary>A country or organisation at token <paramref name="k"/> that a role phrase can belong to (<c>Rosji</c>, <c>Departamentu Stanu USA</c>).</summary>
        private Holder? HolderAt(int k, int sentenceEnd)
        {
            if (_t.StartsName(k))
            {
                int nameIndex = _t.NameAt(k);
                NameMention name = document.Names[nameIndex];
                // An acronym does not decline, so whatever case the tagger gave it, it may be the genitive of a holder.
                bool acronym = _t.Forms[k].Length > 1 && _t.Forms[k].All(c => !char.IsLetter(c) || char.IsUpper(c));
                if (name.Type == EntityType.Person || (!acronym && _t.Case(k) is "nom" or "acc" or "inst" or "loc" or "dat" or "voc" && !CanBeGenitive(k)))
                {
                    return null;
                }

                string lemma = NameLemma(nameIndex);
                return HolderOf(_kb.FindByName(lemma).Concat(_kb.FindByName(document.TextOf(name.Span))).Concat(CountriesOfReadings(k, name.EndToken)), k, name.EndToken, nameIndex)
                    ?? (_kb.CountryOfSeat(lemma) is { } seat ? new Holder(seat.Code, seat, null, k, name.EndToken, nameIndex) : null);
            }

            return _t.NameAt(k) < 0 && _t.Case(k) is null or "gen" && KnownName(k, sentenceEnd) is { } known
                ? HolderOf([known.Entry], k, known.End, -1)
                : null;
        }

        private static Holder? HolderOf(IEnumerable<KnowledgeEntry> entries, int start, int end, int nameIndex)
        {
            foreach (KnowledgeEntry entry in entries)
            {
                switch (entry)
                {
                    case KnowledgeEntry.OfCountry c:
                        return new Holder(c.Country.Code, c.Country, null, start, end, nameIndex);
                    case KnowledgeEntry.OfOrganization o:
                        return new Holder(o.Organization.Id, null, o.Organization, start, end, nameIndex);
                }
            }

            return null;
        }

        /// <summary>A recognised name with no capitalised word (<c>ukraińskim</c> teatrze) is a recogniser's slip, not a name.</summary>
        private bool IsWrittenAsName(int nameIndex)
        {
            NameMention name = document.Names[nameIndex];
            if (name.EndToken == name.FirstToken + 1 && StartsSentence(name.FirstToken)
                && _t.Pos(name.FirstToken) == "adj" && AdjectiveCountry(name.FirstToken) is not null)
            {
                // "Chińskie ministerstwo handlu…": a country adjective capitalised only because it opens the sentence.
                return false;
            }

            for (int x = name.FirstToken; x < name.EndToken; x++)
            {
                if (_t.IsCapitalised(x) || _t.Forms[x].Any(char.IsDigit))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether token <paramref name="token"/> is the first of its sentence (the sentences are in text order).</summary>
        private bool StartsSentence(int token)
        {
            ImmutableArray<Sentence> sentences = document.Sentences;
            int low = 0, high = sentences.Length - 1;
            while (low <= high)
            {
                int middle = (low + high) >>> 1;
                int first = sentences[middle].FirstToken;
                if (first == token)
                {
                    return true;
                }

                if (first < token)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return false;
        }

        /// <summary>Resolves a recognised name once, registering its mention; returns its entity.</summary>
        private int ResolveName(int nameIndex)
        {
            if (_entityOfName.TryGetValue(nameIndex, out int known))
            {
                return known;
            }

            NameMention name = document.Names[nameIndex];
            string lemma = NameLemma(nameIndex);
            string surface = document.TextOf(name.Span);
            KnowledgeEntry[] entries = DistinctEntries(_kb.FindByName(lemma), _kb.FindByName(surface));
            if (entries.Length == 0 && name.Type != EntityType.Person)
            {
                entries = [.. CountriesOfReadings(name.FirstToken, name.EndToken)];
            }

            if (entries.Length == 0 && name.EndToken - name.FirstToken == 1 && _kb.CountryOfDemonym(_t.Lemmas[name.FirstToken]) is { } people)
            {
                // "39 Palestyńczyków", "Ormian": a demonym the recogniser took for a name stands for its state.
                int state = Registry.OfCountry(people);
                Mention(state, name.FirstToken, name.EndToken, _t.Lemmas[name.FirstToken], MentionKind.Nominal);
                _entityOfName[nameIndex] = state;
                return state;
            }
            bool person = name.Type == EntityType.Person && !KnownAsNonPerson(lemma, entries);
            if (!person && name.Type == EntityType.Organization && StateAfter(name.EndToken) is { } after && BodyOfState(name, lemma, entries, after.State) is { } body)
            {
                // "MSZ Izraela", "Ministerstwo Obrony | Azerbejdżanu": a state's body named by its kind and the state
                // in the genitive after it is one mention of that state's body.
                Mention(body, name.FirstToken, Math.Max(name.EndToken, after.End), lemma, MentionKind.Name);
                _entityOfName[nameIndex] = body;
                _extendedEnd[nameIndex] = Math.Max(name.EndToken, after.End);
                if (after.Name >= 0)
                {
                    _entityOfName[after.Name] = body;
                }

                return body;
            }

            int entity = person ? PersonEntity(lemma, entries) : NonPersonEntity(name, lemma, entries);
            Mention(entity, name.FirstToken, name.EndToken, lemma, MentionKind.Name);
            _entityOfName[nameIndex] = entity;
            return entity;
        }

        /// <summary>The entries of both lists, the first list's first, each once (by the entries' equality).</summary>
        private static KnowledgeEntry[] DistinctEntries(ImmutableArray<KnowledgeEntry> first, ImmutableArray<KnowledgeEntry> second)
        {
            if (second.IsEmpty && first.Length <= 1)
            {
                return [.. first];
            }

            var entries = new List<KnowledgeEntry>(first.Length + second.Length);
            foreach (KnowledgeEntry entry in first)
            {
                if (!entries.Contains(entry))
                {
                    entries.Add(entry);
                }
            }

            foreach (KnowledgeEntry entry in second)
            {
                if (!entries.Contains(entry))
                {
                    entries.Add(entry);
                }
            }

            return [.. entries];
        }

        /// <summary>
        /// The knowledge base knows the name only as a state, a body or a seat of power (Zachód, Kreml): it outweighs
        /// the recogniser's guess of a person.
        /// </summary>
        private bool KnownAsNonPerson(string lemma, KnowledgeEntry[] entries) =>
            !entries.OfType<KnowledgeEntry.OfPerson>().Any()
            && (entries.Length > 0 || _kb.CountryOfSeat(lemma) is not null || _kb.CountryOfCapital(lemma) is not null);

        private int PersonEntity(string lemma, KnowledgeEntry[] entries)
        {
            Person[] people = [.. entries.OfType<KnowledgeEntry.OfPerson>().Select(p => p.Person)];
            if (people.Length > 0)
            {
                Person chosen = people.FirstOrDefault(p => Registry.Contains("person:" + p.Id))
                    ?? people.FirstOrDefault(p => p.TenuresOn(_date).Any() && _date is not null)
                    ?? people[0];
                return Registry.OfPerson(chosen);
            }

            // A surname or a first name alone refers to the person mentioned last whose full name contains it.
            string[] words = lemma.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (int candidate in Registry.RecentlyMentioned(EntityType.Person))
            {
                string[] full = Registry.Entities[candidate].Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length < full.Length && words.All(w => full.Contains(w, StringComparer.OrdinalIgnoreCase)))
                {
                    return candidate;
                }
            }

            string key = "person-name:" + NameKey.Of(lemma);
            return Registry.Get(key, () => new EntityDraft(key, EntityType.Person, lemma));
        }

        private int NonPersonEntity(NameMention name, string lemma, KnowledgeEntry[] entries)
        {
            if (entries.OfType<KnowledgeEntry.OfCountry>().FirstOrDefault() is { } country)
            {
                return Registry.OfCountry(country.Country);
            }

            Country? seat = _kb.CountryOfSeat(lemma);
            Country? capital = _kb.CountryOfCapital(lemma);
            if (entries.OfType<KnowledgeEntry.OfOrganization>().FirstOrDefault() is { } organization && !(capital is not null && IsPlace(name.FirstToken)))
            {
                // "Bruksela zażądała" is the Commission, "w Brukseli" the city.
                return OtherStatesBody(name.FirstToken, organization.Organization) ?? Registry.OfOrganization(organization.Organization);
            }

            if ((seat ?? capital) is { } state && !IsPlace(name.FirstToken))
            {
                return Registry.OfCountry(state);
            }

            if (name.Type == EntityType.Organization && entries.Length == 0 && (StateWithin(name) ?? StateOfGenericBody(lemma)) is { } body)
            {
                return body;
            }

            EntityType type = name.Type == EntityType.Country ? EntityType.Location : name.Type;
            string key = type + ":" + NameKey.Of(lemma);
            return Registry.Get(key, () => new EntityDraft(key, type, lemma) { Country = (capital ?? seat)?.Code ?? (type == EntityType.Location ? resolver._placeStates.StateOf(lemma) : null) });
        }

        /// <summary>
        /// "Rzecznik chińskiego MSZ": a national body's short name after another state's adjective is that state's body
        /// of the same kind, not the one the knowledge base knows by the name (Poland's MSZ).
        /// </summary>
        private int? OtherStatesBody(int first, Organization body)
        {
            if (body.Country is not { Length: 3 } || first == 0 || _t.Pos(first - 1) != "adj"
                || _kb.CountryOfAdjective(_t.Lemmas[first - 1]) is not { } state)
            {
                return null;
            }

            return BodyOf(body, state);
        }

        /// <summary>The body of <paramref name="state"/> of the same kind as the national body <paramref name="body"/> (Poland's MSZ read as Israel's); null when that is the body itself.</summary>
        private int? BodyOf(Organization body, Country state)
        {
            if (body.Country is not { Length: 3 } own || state.Code == own)
            {
                return null;
            }

            if (_kb.Organizations.FirstOrDefault(o => o.Country == state.Code && o.Name.StartsWith(body.Name, StringComparison.Ordinal)) is { } known)
            {
                // "rosyjskiego MSZ": the knowledge base knows Russia's own ministry.
                return Registry.OfOrganization(known);
            }

            string sector = body.Actor is { } actor && actor.StartsWith(own, StringComparison.Ordinal) ? actor[own.Length..] : "";
            string key = "org-of:" + state.Code + ":" + body.Id;
            return Registry.Get(key, () => new EntityDraft(key, EntityType.Organization, body.Name + " (" + state.Code + ")") { Country = state.Code, Actor = state.Code + sector });
        }

        /// <summary>Whether some dictionary reading of the word is a genitive, whatever case the tagger chose (<c>kanclerza Niemiec</c>).</summary>
        private bool CanBeGenitive(int k) =>
            resolver._dictionary is { } dictionary
            && dictionary.Analyze(_t.Forms[k]).Any(r => NkjpTagset.Default.Parse(r.Tag).Case == "gen");

        /// <summary>
        /// The countries a one-word name is a form of, through any of its dictionary readings: the tagger may read
        /// <c>Niemiec</c> (of <c>Niemcy</c>) or <c>Włoch</c> (of <c>Włochy</c>) as the singular of a demonym.
        /// </summary>
        private IEnumerable<KnowledgeEntry> CountriesOfReadings(int first, int end)
        {
            if (resolver._dictionary is null || end - first != 1)
            {
                yield break;
            }

            foreach (MorphAnalysis reading in resolver._dictionary.Analyze(_t.Forms[first]))
            {
                foreach (KnowledgeEntry entry in _kb.FindByName(reading.Lemma))
                {
                    if (entry is KnowledgeEntry.OfCountry)
                    {
                        yield return entry;
                    }
                }
            }
        }

        /// <summary>Whether a preposition before the token makes the name a place (<c>do Pjongjangu</c>).</summary>
        private bool IsPlace(int first)
        {
            int p = first - 1;
            return p >= 0 && _t.Pos(p) == "prep" && resolver._places.MarksPlace(_t.Forms[p], _t.Case(first));
        }

        /// <summary>
        /// The person a singular third-person pronoun (<c>jego</c>, <c>mu</c>, <c>jej</c>) refers to: the person
        /// mentioned last, in this sentence or the one before, whose gender does not contradict the pronoun's,
        /// and who is not the subject of the pronoun's own sentence (<c>Prezydent wręczył mu list</c>: not himself).
        /// Only one step back and only people, because beyond that a reader would hesitate too.
        /// </summary>
        private int? Antecedent(int i, Sentence sentence)
        {
            // Masculine and neuter pronoun forms are alike (jego, mu, niego), so anything not feminine may be a man.
            if (_t.Pos(i) != "ppron3" || _t.IsPlural(i))
            {
                return null;
            }

            int from = _previousSentenceStart;
            char wanted = _t.Gender(i) == "f" ? 'f' : 'm';
            foreach (int candidate in Registry.RecentlyMentioned(EntityType.Person))
            {
                if (Registry.LastMention(candidate) is not { } last || last.Start < from)
                {
                    return null;
                }

                EntityDraft draft = Registry.Entities[candidate];
                bool subjectHere = last.Start >= sentence.Start && _t.Case(last.FirstToken) == "nom";
                bool unnamedRole = draft.KnowledgeId is null && draft.Key.StartsWith("role:", StringComparison.Ordinal);
                if (!subjectHere && !unnamedRole && (draft.Gender is null || draft.Gender == wanted))
                {
                    return candidate;
                }
            }

            return null;
        }

        /// <summary>
        /// "Pistorius zapowiedział, że jego kraj będzie dostarczał…", "bronił swojego państwa": a possessive before a word
        /// for one's country (<c>own-country</c> of <c>data/coreference-words.txt</c>) is the state of the person it refers
        /// to, the one mentioned last in this sentence or the one before, of the pronoun's gender.
        /// </summary>
        private int? OwnCountry(int i)
        {
            bool reflexive = _t.Lemmas[i] == "swój";
            if (!(reflexive || _t.Pos(i) == "ppron3" && _t.Case(i) == "gen" && !_t.IsPlural(i)) || i + 1 >= _t.Count
                || !resolver._words.Is("own-country", _t.Forms[i + 1], _t.Lemmas[i + 1]))
            {
                return null;
            }

            char wanted = _t.Gender(i) == "f" ? 'f' : 'm';
            foreach (int candidate in Registry.RecentlyMentioned(EntityType.Person))
            {
                if (Registry.LastMention(candidate) is not { } last || last.Start < _previousSentenceStart)
                {
                    return null;
                }

                EntityDraft person = Registry.Entities[candidate];
                if ((reflexive || person.Gender is null || person.Gender == wanted) && person.Country is { } code && _kb.CountryByCode(code) is { } state)
                {
                    return Registry.OfCountry(state);
                }
            }

            return null;
        }

        /// <summary>A country adjective (<c>wietnamskimi</c>) or demonym (<c>Rosjanie</c>) outside any name.</summary>
        private void CountryWord(int i)
        {
            if (_t.NameAt(i) >= 0 && IsWrittenAsName(_t.NameAt(i)))
            {
                return;
            }

            if (_t.Pos(i) == "adj" && AdjectiveCountry(i) is { } country)
            {
                Mention(Registry.OfCountry(country), i, i + 1, _t.Lemmas[i], MentionKind.Adjective);
            }
            else if (_t.Pos(i) is "subst" or "depr" && _kb.CountryOfDemonym(_t.Lemmas[i]) is { } people)
            {
                Mention(Registry.OfCountry(people), i, i + 1, _t.Lemmas[i], MentionKind.Nominal);
            }
        }

        /// <summary>
        /// A capitalised word the recogniser missed that is a knowledge-base variant (<c>Kim</c>) of a person the
        /// text has already mentioned; only such people, so that a capitalised common word is not taken for a name.
        /// </summary>
        private int? PersonAlreadyMentioned(int i)
        {
            if (!_t.IsCapitalised(i) || _t.Pos(i) is "interp" or "prep" or "conj" or "comp" or "qub")
            {
                return null;
            }

            foreach (KnowledgeEntry entry in _kb.FindByName(_t.Forms[i]))
            {
                if (entry is KnowledgeEntry.OfPerson p && Registry.Contains(entry.Id))
                {
                    return Registry.OfPerson(p.Person);
                }
            }

            return null;
        }

        /// <summary>A country or organisation of the knowledge base written at <paramref name="i"/> that the recogniser missed (<c>USA</c>, <c>Rosji</c>).</summary>
        private (KnowledgeEntry Entry, int End)? KnownName(int i, int sentenceEnd)
        {
            if (!_t.IsCapitalised(i) || !(_kb.StartsSomeName(_t.Forms[i]) || _kb.StartsSomeName(_t.Lemmas[i])))
            {
                return null;
            }

            // Function words are never names, whatever their capital ("Po opuszczeniu…" is not the party PO):
            // the phrases tried end before the first of them (or of the words of a recognised name).
            int longest = Math.Min(sentenceEnd, i + 4);
            for (int x = i; x < longest; x++)
            {
                if (_t.NameAt(x) >= 0 || _t.Pos(x) is "interp" or "prep" or "conj" or "comp" or "qub")
                {
                    longest = x;
                }
            }

            for (int end = longest; end > i; end--)
            {
                if ((KnownPhrase(_t.Forms, i, end) ?? KnownPhrase(_t.Lemmas, i, end)) is { } entry)
                {
                    return (entry, end);
                }
            }

            return null;
        }

        /// <summary>The first country or organisation named by the words <paramref name="first"/>..<paramref name="end"/> joined by spaces.</summary>
        private KnowledgeEntry? KnownPhrase(string[] words, int first, int end)
        {
            int length = end - first - 1;
            for (int x = first; x < end; x++)
            {
                length += words[x].Length;
            }

            Span<char> phrase = length <= NameKey.StackLimit ? stackalloc char[NameKey.StackLimit] : new char[length];
            int at = 0;
            for (int x = first; x < end; x++)
            {
                if (x > first)
                {
                    phrase[at++] = ' ';
                }

                words[x].CopyTo(phrase[at..]);
                at += words[x].Length;
            }

            foreach (KnowledgeEntry entry in _kb.FindByName(phrase[..length]))
            {
                if (entry is KnowledgeEntry.OfCountry or KnowledgeEntry.OfOrganization)
                {
                    return entry;
                }
            }

            return null;
        }

        /// <summary>The base form of recognised name <paramref name="nameIndex"/>, lemmatised once per pass (a holder's name is asked for again when it is resolved).</summary>
        private string NameLemma(int nameIndex)
        {
            if (_nameLemmas[nameIndex] is { } known)
            {
                return known;
            }

            NameMention name = document.Names[nameIndex];
            string lemma = resolver._lemmatize(document, name.FirstToken, name.EndToken, new NameCategory(name.Type));
            // A person the knowledge base knows, whose declined name the lemmatiser got wrong ("Theresy May", "Dmitrija Pieskowa").
            if (name.Type == EntityType.Person && name.EndToken - name.FirstToken >= 2 && _kb.FindByName(lemma).IsEmpty
                && _kb.PeopleByDeclinedName.Find(NameKey.Of(document.TextOf(name.Span)).Split(' ')) is { } person)
            {
                lemma = person.Name;
            }

            return _nameLemmas[nameIndex] = lemma;
        }

        private string Lemma(int first, int end) => resolver._lemmatize(document, first, end, default);

        /// <summary>The base form of a role mention: adjectives and the role's head as lemmas, the rest as written.</summary>
        private string RoleLemma(int first, int roleStart, int end)
        {
            var words = new List<string>();
            for (int x = first; x < end; x++)
            {
                words.Add(x < roleStart ? _t.Lemmas[x].ToLowerInvariant() : x == roleStart ? _t.Lemmas[x] : _t.Forms[x]);
            }

            return string.Join(' ', words);
        }

        /// <summary>Whether token <paramref name="i"/> (its form or lemma) is a word of <paramref name="category"/> of <c>data/coreference-words.txt</c>.</summary>
        private bool IsWord(string category, int i) => resolver._words.IsLowerCased(category, _t.LowerForms[i], _t.LowerLemmas[i]);

        /// <summary>The country whose adjective token <paramref name="i"/>'s lemma is, or null; looked up once per token (the role, group and country-word tests all ask).</summary>
        private Country? AdjectiveCountry(int i)
        {
            if (!_adjectiveCountryKnown[i])
            {
                _adjectiveCountry[i] = _kb.CountryOfAdjective(_t.Lemmas[i]);
                _adjectiveCountryKnown[i] = true;
            }

            return _adjectiveCountry[i];
        }

        private void Mention(int entity, int first, int end, string lemma, MentionKind kind) =>
            Registry.Mention(entity, first, end, document.Tokens[first].Start, document.Tokens[end - 1].End, lemma, kind);
    }

    /// <summary>Whom a role serves: a country, or an organisation (with the country it belongs to).</summary>
    /// <param name="Start">Its first token when written as a name after the role, else -1 (an adjective before it).</param>
    /// <param name="Name">The recognised name it was written as, or -1.</param>
    /// <param name="Actor">The actor code of the body the role serves when it is not the organisation's own (India's MSZ, not Poland's), or null.</param>
    private sealed record Holder(string Code, Country? Country, Organization? Organization, int Start, int End, int Name = -1, string? Actor = null)
    {
        public string? CountryCode => Country?.Code ?? Organization?.Country;
    }
}
