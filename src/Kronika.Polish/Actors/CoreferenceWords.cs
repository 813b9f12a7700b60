using System.Collections.Frozen;
using Kronika.Polish.Tagging;

namespace Kronika.Polish.Actors;

/// <summary>The small closed classes of words the entity resolver relies on, read from <c>data/coreference-words.txt</c>.</summary>
public sealed class CoreferenceWords
{
    public const string FileName = "coreference-words.txt";

    private readonly FrozenDictionary<string, FrozenSet<string>> _byCategory;

    private CoreferenceWords(FrozenDictionary<string, FrozenSet<string>> byCategory) => _byCategory = byCategory;

    public static CoreferenceWords Load() => Parse(PolishDataFiles.ReadLines(FileName));

    public static CoreferenceWords Parse(IEnumerable<string> lines)
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (string line in lines)
        {
            string[] fields = line.Split('|', StringSplitOptions.TrimEntries);
            if (fields.Length != 2 || fields[0].Length == 0)
            {
                throw new InvalidDataException($"{FileName}: '{line}' should be 'category | word; word'.");
            }

            if (!map.TryGetValue(fields[0], out HashSet<string>? words))
            {
                words = new HashSet<string>(StringComparer.Ordinal);
                map[fields[0]] = words;
            }

            words.UnionWith(fields[1].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()));
        }

        return new CoreferenceWords(map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal));
    }

    /// <summary>Whether the word (form or lemma) belongs to <paramref name="category"/>.</summary>
    public bool Is(string category, string form, string lemma) =>
        _byCategory.TryGetValue(category, out FrozenSet<string>? words)
        && (words.Contains(LatinLower.Of(form)) || words.Contains(LatinLower.Of(lemma)));

    /// <summary>The lower-cased words of <paramref name="category"/>, or null when the file has none.</summary>
    internal FrozenSet<string>? WordsOf(string category) => _byCategory.GetValueOrDefault(category);

    /// <summary>The same as <see cref="Is"/> for a form and lemma already lower-cased (<see cref="LatinLower"/>), as the shared token view has them.</summary>
    internal bool IsLowerCased(string category, string lowerForm, string lowerLemma) =>
        _byCategory.TryGetValue(category, out FrozenSet<string>? words) && (words.Contains(lowerForm) || words.Contains(lowerLemma));
}
