using System.Collections.Frozen;

namespace Kronika.Polish.Events;

/// <summary>Reads a word list of "category | lemma" lines whose categories are known in advance.</summary>
internal static class CategoryWordList
{
    public static FrozenDictionary<string, FrozenSet<string>> Parse(string fileName, IEnumerable<string> categories, IEnumerable<string> lines)
    {
        var words = categories.ToDictionary(c => c, _ => new HashSet<string>(StringComparer.Ordinal));
        foreach (string line in lines)
        {
            string[] fields = line.Split('|', StringSplitOptions.TrimEntries);
            if (fields.Length != 2 || !words.TryGetValue(fields[0], out HashSet<string>? set) || fields[1].Length == 0)
            {
                throw new FormatException($"{fileName}: expected 'category | lemma' with a known category in '{line}'.");
            }

            set.Add(fields[1]);
        }

        return words.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }
}
