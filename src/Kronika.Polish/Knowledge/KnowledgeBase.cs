using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Kronika.Polish.Knowledge;

/// <summary>
/// Who the actors are: countries, organisations, roles and people, read from the team's plain-text files in
/// <c>data/kb/</c>, with indexes from every name variant, adjective, demonym, capital and seat of power.
/// Immutable and thread-safe once loaded.
/// </summary>
public sealed class KnowledgeBase
{
    public const string CountriesFile = "kb/countries.txt";
    public const string OrganizationsFile = "kb/organizations.txt";
    public const string RolesFile = "kb/roles.txt";
    public const string PeopleFile = "kb/people.txt";

    private readonly FrozenDictionary<string, ImmutableArray<KnowledgeEntry>> _byName;
    private readonly FrozenSet<string> _firstWords;
    private readonly FrozenDictionary<string, Country> _byAdjective;
    private readonly FrozenDictionary<string, Country> _byDemonym;
    private readonly FrozenDictionary<string, Country> _byCapital;
    private readonly FrozenDictionary<string, Country> _bySeat;
    private readonly FrozenDictionary<string, Country> _byCode;
    private readonly FrozenDictionary<string, Organization> _organizationsById;
    private readonly FrozenDictionary<string, RoleDefinition> _rolesByKey;
    private readonly FrozenDictionary<string, ImmutableArray<(Person Person, Tenure Tenure)>> _tenuresByRole;

    public KnowledgeBase(
        ImmutableArray<Country> countries,
        ImmutableArray<Organization> organizations,
        ImmutableArray<RoleDefinition> roles,
        ImmutableArray<Person> people)
    {
        Countries = countries;
        Organizations = organizations;
        Roles = roles;
        People = people;

        var names = new Dictionary<string, List<KnowledgeEntry>>(StringComparer.Ordinal);
        foreach (Country c in countries)
        {
            AddNames(names, new KnowledgeEntry.OfCountry(c), c.Name, c.Variants);
        }

        foreach (Organization o in organizations)
        {
            AddNames(names, new KnowledgeEntry.OfOrganization(o), o.Name, o.Variants);
        }

        foreach (Person p in people)
        {
            AddNames(names, new KnowledgeEntry.OfPerson(p), p.Name, p.Variants);
        }

        _byName = names.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Distinct().ToImmutableArray(), StringComparer.Ordinal);
        _firstWords = names.Keys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
        _byCode = Unique(countries.Select(c => (c.Code, c)), CountriesFile, "code");
        _byAdjective = FirstWins(countries.SelectMany(c => c.Adjectives.Select(a => (a, c))));
        _byDemonym = FirstWins(countries.SelectMany(c => c.Demonyms.Select(d => (d, c))));
        _byCapital = FirstWins(countries.Where(c => c.Capital is not null).Select(c => (c.Capital!, c)));
        _bySeat = FirstWins(countries.SelectMany(c => c.SeatsOfPower.Select(s => (s, c))));
        _organizationsById = Unique(organizations.Select(o => (o.Id, o)), OrganizationsFile, "id");
        _rolesByKey = Unique(roles.Select(r => (r.Key, r)), RolesFile, "role");
        Unique(people.Select(p => (p.Id, p)), PeopleFile, "id");
        _tenuresByRole = people
            .SelectMany(p => p.Tenures.Select(t => (Person: p, Tenure: t)))
            .GroupBy(pt => NameKey.Of(pt.Tenure.Role), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        RolePhrases = new RolePhraseIndex(roles);
        _inflectedNames = new Lazy<InflectedNameIndex>(() => InflectedNameIndex.Load(this));
    }

    private readonly Lazy<InflectedNameIndex> _inflectedNames;

    public ImmutableArray<Country> Countries { get; }

    public ImmutableArray<Organization> Organizations { get; }

    public ImmutableArray<RoleDefinition> Roles { get; }

    public ImmutableArray<Person> People { get; }

    /// <summary>Finds role phrases (<c>szef MSZ</c>, <c>sekretarz stanu</c>) in a sequence of lemmas.</summary>
    public RolePhraseIndex RolePhrases { get; }

    /// <summary>The people found by their names declined (<c>Theresy May</c>), built on first use: most documents need no look-up by it.</summary>
    public InflectedNameIndex PeopleByDeclinedName => _inflectedNames.Value;

    /// <summary>Loads <c>data/kb/*.txt</c>.</summary>
    public static KnowledgeBase Load() => new(
        KnowledgeBaseReader.ReadCountries(CountriesFile, File.ReadLines(PolishDataFiles.Resolve(CountriesFile))),
        KnowledgeBaseReader.ReadOrganizations(OrganizationsFile, File.ReadLines(PolishDataFiles.Resolve(OrganizationsFile))),
        KnowledgeBaseReader.ReadRoles(RolesFile, File.ReadLines(PolishDataFiles.Resolve(RolesFile))),
        KnowledgeBaseReader.ReadPeople(PeopleFile, File.ReadLines(PolishDataFiles.Resolve(PeopleFile))));

    /// <summary>Every entry one of whose names is <paramref name="name"/> (compared by <see cref="NameKey"/>).</summary>
    public ImmutableArray<KnowledgeEntry> FindByName(ReadOnlySpan<char> name) =>
        Find(_byName, name) is { IsDefault: false } found ? found : [];

    /// <summary>Whether some name or variant begins with <paramref name="word"/>: a cheap test before building phrases to look up.</summary>
    public bool StartsSomeName(ReadOnlySpan<char> word)
    {
        Span<char> key = word.Length <= NameKey.StackLimit ? stackalloc char[NameKey.StackLimit] : new char[word.Length];
        return _firstWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key[..NameKey.Write(word, key)]);
    }

    public Country? CountryByCode(string code) => _byCode.GetValueOrDefault(code);

    public Organization? OrganizationById(string id) => _organizationsById.GetValueOrDefault(id);

    public RoleDefinition? Role(string key) => _rolesByKey.GetValueOrDefault(key);

    /// <summary>The country whose adjective lemma is <paramref name="lemma"/> (<c>rosyjski</c> → Russia).</summary>
    public Country? CountryOfAdjective(string lemma) => Find(_byAdjective, lemma);

    /// <summary>The country whose people are called <paramref name="lemma"/> (<c>Rosjanin</c> → Russia).</summary>
    public Country? CountryOfDemonym(string lemma) => Find(_byDemonym, lemma);

    /// <summary>The country whose capital is <paramref name="name"/>.</summary>
    public Country? CountryOfCapital(string name) => Find(_byCapital, name);

    /// <summary>The country whose government a building stands for (<c>Kreml</c>, <c>Biały Dom</c>).</summary>
    public Country? CountryOfSeat(string name) => Find(_bySeat, name);

    /// <summary>The value filed under the key of <paramref name="name"/>, or default; the key is built on the stack, not as a string.</summary>
    private static T? Find<T>(FrozenDictionary<string, T> index, ReadOnlySpan<char> name)
    {
        Span<char> key = name.Length <= NameKey.StackLimit ? stackalloc char[NameKey.StackLimit] : new char[name.Length];
        return index.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key[..NameKey.Write(name, key)], out T? found) ? found : default;
    }

    /// <summary>
    /// The people who held <paramref name="role"/> for <paramref name="holder"/> (a country code or an
    /// organisation id) on <paramref name="date"/>; with no date, every holder ever.
    /// </summary>
    public IEnumerable<(Person Person, Tenure Tenure)> HoldersOf(string role, string holder, DateOnly? date)
    {
        if (!_tenuresByRole.TryGetValue(NameKey.Of(role), out ImmutableArray<(Person Person, Tenure Tenure)> tenures))
        {
            yield break;
        }

        foreach ((Person person, Tenure tenure) in tenures)
        {
            if (string.Equals(tenure.Holder, holder, StringComparison.Ordinal) && (date is not { } d || tenure.HoldsOn(d)))
            {
                yield return (person, tenure);
            }
        }
    }

    private static void AddNames(Dictionary<string, List<KnowledgeEntry>> index, KnowledgeEntry entry, string name, ImmutableArray<string> variants)
    {
        foreach (string n in variants.Prepend(name))
        {
            string key = NameKey.Of(n);
            if (!index.TryGetValue(key, out List<KnowledgeEntry>? list))
            {
                list = [];
                index[key] = list;
            }

            list.Add(entry);
        }
    }

    /// <summary>An adjective or capital shared by two entries goes to the first, in file order.</summary>
    private static FrozenDictionary<string, Country> FirstWins(IEnumerable<(string Key, Country Country)> pairs)
    {
        var map = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach ((string key, Country country) in pairs)
        {
            map.TryAdd(NameKey.Of(key), country);
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, T> Unique<T>(IEnumerable<(string Key, T Value)> pairs, string file, string what)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach ((string key, T value) in pairs)
        {
            if (!map.TryAdd(key, value))
            {
                throw new KnowledgeBaseFormatException($"{file}: the {what} '{key}' appears twice");
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
