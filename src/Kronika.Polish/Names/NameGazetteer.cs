using Kronika.Polish.Knowledge;
using Kronika.Polish.Tagging;

namespace Kronika.Polish.Names;

/// <summary>
/// Lists of known names (countries, cities, organisations, first names…) from
/// <c>data/ner-gazetteer/*.txt</c>, one name per line, the file name being the list's category. A phrase
/// matches exactly (its words' forms or lemmas, ignoring case) or by stems (the first four letters of
/// each word), which lets inflected forms such as <c>Korei Północnej</c> find <c>Korea Północna</c>.
/// Matches are features of the recogniser, not decisions. Immutable and thread-safe.
/// </summary>
public sealed class NameGazetteer
{
    public const string Folder = "ner-gazetteer";
    public const int MaxWords = 6;
    private const int StemLength = 4;

    private readonly Dictionary<ulong, byte> _exact = [];
    private readonly Dictionary<ulong, byte> _stems = [];

    // Every proper prefix of a phrase (exact or by stems): matching stops as soon as no name can continue.
    private readonly HashSet<ulong> _prefixes = [];

    public NameGazetteer(IEnumerable<(string Category, string Name)> entries)
    {
        var categories = new List<string>();
        foreach ((string category, string name) in entries)
        {
            int bit = categories.IndexOf(category);
            if (bit < 0)
            {
                if (categories.Count == 8)
                {
                    throw new InvalidDataException($"At most 8 gazetteer categories are supported; '{category}' is one too many.");
                }

                categories.Add(category);
                bit = categories.Count - 1;
            }

            string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is 0 or > MaxWords)
            {
                continue;
            }

            ulong exact = 0, stem = 0;
            foreach (string word in words)
            {
                if (exact != 0)
                {
                    _prefixes.Add(exact);
                    _prefixes.Add(stem);
                }

                exact = Extend(exact, FeatureHash.OfLower(word));
                stem = Extend(stem, StemHash(word));
            }

            _exact[exact] = (byte)(_exact.GetValueOrDefault(exact) | (1 << bit));
            _stems[stem] = (byte)(_stems.GetValueOrDefault(stem) | (1 << bit));
        }

        Categories = categories;
        CategoryHashes = new ulong[256];
        for (int mask = 1; mask < 256; mask++)
        {
            ulong hash = 0;
            for (int bit = 0; bit < categories.Count; bit++)
            {
                if ((mask & (1 << bit)) != 0)
                {
                    hash = FeatureHash.Feature(91, hash, FeatureHash.Of(categories[bit]));
                }
            }

            CategoryHashes[mask] = hash;
        }
    }

    public IReadOnlyList<string> Categories { get; }

    /// <summary>For a bit mask of categories, a hash of their names (so that features do not depend on the order of the lists).</summary>
    internal ulong[] CategoryHashes { get; }

    /// <summary>
    /// Loads every list in <c>data/ner-gazetteer/</c>, in file-name order, then the names of the knowledge
    /// base: countries and their variants, capitals, seats of power, organisations, and people (full names,
    /// one-word variants as surnames, first words as forenames).
    /// </summary>
    public static NameGazetteer Load(KnowledgeBase knowledge) => new(ListEntries().Concat(KnowledgeEntries(knowledge)));

    private static IEnumerable<(string Category, string Name)> KnowledgeEntries(KnowledgeBase knowledge)
    {
        foreach (Country country in knowledge.Countries)
        {
            foreach (string name in country.Variants.Prepend(country.Name))
            {
                yield return ("country", name);
            }

            if (country.Capital is not null)
            {
                yield return ("city", country.Capital);
            }

            foreach (string seat in country.SeatsOfPower)
            {
                yield return ("seat", seat);
            }
        }

        foreach (Organization organization in knowledge.Organizations)
        {
            foreach (string name in organization.Variants.Prepend(organization.Name))
            {
                yield return ("organization", name);
            }
        }

        foreach (Person person in knowledge.People)
        {
            foreach (string name in person.Variants.Prepend(person.Name))
            {
                string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                yield return (words.Length == 1 ? "surname" : "person", name);
                if (words.Length > 1)
                {
                    yield return ("forename", words[0]);
                }
            }
        }
    }

    private static IEnumerable<(string Category, string Name)> ListEntries()
    {
        string folder = Path.Combine(PolishDataFiles.Directory, Folder);
        if (!Directory.Exists(folder))
        {
            throw new FileNotFoundException($"Kronika data folder '{Folder}' not found in '{PolishDataFiles.Directory}'. Set {PolishDataFiles.EnvironmentVariable} to the data folder.", folder);
        }

        return Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).SelectMany(file =>
            PolishDataFiles.ReadLines(Path.Combine(Folder, Path.GetFileName(file))).Select(line => (Path.GetFileNameWithoutExtension(file), line)));
    }

    /// <summary>
    /// Marks, for each word of a sentence, the categories of the longest exact and the longest stem match
    /// that begins there (<paramref name="exactBegin"/>, <paramref name="stemBegin"/>) or covers it after its
    /// first word (<paramref name="exactInside"/>, <paramref name="stemInside"/>). Only capitalised words or
    /// digits start a match.
    /// </summary>
    public void Match(string[] forms, string[] lemmas, Span<byte> exactBegin, Span<byte> exactInside, Span<byte> stemBegin, Span<byte> stemInside)
    {
        var formHashes = new ulong[forms.Length];
        var lemmaHashes = new ulong[forms.Length];
        for (int i = 0; i < forms.Length; i++)
        {
            formHashes[i] = FeatureHash.OfLower(forms[i]);
            lemmaHashes[i] = FeatureHash.OfLower(lemmas[i]);
        }

        Match(forms, formHashes, lemmaHashes, exactBegin, exactInside, stemBegin, stemInside);
    }

    /// <summary>As above, given the lower-case hashes of the forms and lemmas (the recogniser has them already).</summary>
    internal void Match(string[] forms, ReadOnlySpan<ulong> formHashes, ReadOnlySpan<ulong> lemmaHashes, Span<byte> exactBegin, Span<byte> exactInside, Span<byte> stemBegin, Span<byte> stemInside)
    {
        int n = forms.Length;
        for (int i = 0; i < n; i++)
        {
            if (forms[i].Length == 0 || !(char.IsUpper(forms[i][0]) || char.IsDigit(forms[i][0])))
            {
                continue;
            }

            ulong form = 0, lemma = 0, stem = 0;
            int exactLength = 0, stemLength = 0;
            byte exactMask = 0, stemMask = 0;
            for (int k = 0; k < MaxWords && i + k < n; k++)
            {
                if (k > 0 && !_prefixes.Contains(form) && !_prefixes.Contains(lemma) && !_prefixes.Contains(stem))
                {
                    break;
                }

                form = Extend(form, formHashes[i + k]);
                lemma = Extend(lemma, lemmaHashes[i + k]);
                stem = Extend(stem, StemHash(forms[i + k]));
                byte found = (byte)(_exact.GetValueOrDefault(form) | _exact.GetValueOrDefault(lemma));
                if (found != 0)
                {
                    exactLength = k + 1;
                    exactMask = found;
                }

                if (_stems.TryGetValue(stem, out byte stems))
                {
                    stemLength = k + 1;
                    stemMask = stems;
                }
            }

            Mark(i, exactLength, exactMask, exactBegin, exactInside);
            Mark(i, stemLength, stemMask, stemBegin, stemInside);
        }
    }

    private static void Mark(int i, int length, byte mask, Span<byte> begin, Span<byte> inside)
    {
        if (length == 0)
        {
            return;
        }

        begin[i] |= mask;
        for (int k = 1; k < length; k++)
        {
            inside[i + k] |= mask;
        }
    }

    private static ulong Extend(ulong phrase, ulong word) => FeatureHash.Feature(90, phrase, word);

    private static ulong StemHash(string word) => FeatureHash.OfLower(word.AsSpan(0, Math.Min(StemLength, word.Length)));
}
