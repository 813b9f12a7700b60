using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Kronika.Polish.Knowledge;

/// <summary>
/// The people of the knowledge base found by a declined name whose base form the lemmatiser missed
/// (<c>Theresy May</c>, <c>Dmitrija Pieskowa</c>): every word of the name and of the entry is compared by
/// its stems, the word and the word less one case ending (<c>data/name-inflection-endings.txt</c>). Only
/// names of two or more words are indexed, and a name must meet one person and no other.
/// </summary>
public sealed class InflectedNameIndex
{
    public const string EndingsFile = "name-inflection-endings.txt";

    /// <summary>A stem keeps at least this many letters, so that short names ("Ma", "Li") are not reduced to nothing.</summary>
    private const int MinimumStem = 3;

    private readonly string[] _endings;
    private readonly FrozenDictionary<string, ImmutableArray<Entry>> _byFirstStem;

    public InflectedNameIndex(IEnumerable<Person> people, IEnumerable<string> endings)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(endings);
        _endings = [.. endings.Select(e => e.Trim().ToLowerInvariant()).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal)];
        var index = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        foreach (Person person in people)
        {
            foreach (string name in person.Variants.Prepend(person.Name))
            {
                string[] words = NameKey.Of(name).Split(' ');
                if (words.Length < 2)
                {
                    continue;
                }

                var entry = new Entry(person, name, [.. words.Select(w => Stems(w).ToArray())]);
                foreach (string stem in entry.WordStems[0])
                {
                    if (!index.TryGetValue(stem, out List<Entry>? list))
                    {
                        index[stem] = list = [];
                    }

                    list.Add(entry);
                }
            }
        }

        _byFirstStem = index.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>Reads the endings from the data folder.</summary>
    public static InflectedNameIndex Load(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return new InflectedNameIndex(knowledge.People, PolishDataFiles.ReadLines(EndingsFile));
    }

    /// <summary>
    /// The one person, and the name of theirs, that the words <paramref name="words"/> (as written) decline;
    /// null when no person or more than one meets them.
    /// </summary>
    public (Person Person, string Name)? Find(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count < 2)
        {
            return null;
        }

        string[][] stems = [.. words.Select(w => Stems(NameKey.Of(w)).ToArray())];
        (Person Person, string Name)? found = null;
        foreach (string first in stems[0])
        {
            if (!_byFirstStem.TryGetValue(first, out ImmutableArray<Entry> entries))
            {
                continue;
            }

            foreach (Entry entry in entries)
            {
                if (entry.WordStems.Length != stems.Length || !AllWordsMeet(entry.WordStems, stems))
                {
                    continue;
                }

                if (found is { } earlier && !ReferenceEquals(earlier.Person, entry.Person))
                {
                    return null; // two people: not this index's to choose
                }

                found ??= (entry.Person, entry.Name);
            }
        }

        return found;
    }

    private static bool AllWordsMeet(string[][] entry, string[][] words)
    {
        for (int i = 0; i < words.Length; i++)
        {
            if (!entry[i].Intersect(words[i], StringComparer.Ordinal).Any())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The word (already a <see cref="NameKey"/>) and the word less each ending it has, longer than <see cref="MinimumStem"/>.</summary>
    private IEnumerable<string> Stems(string word)
    {
        yield return word;
        foreach (string ending in _endings)
        {
            if (word.Length - ending.Length >= MinimumStem && word.EndsWith(ending, StringComparison.Ordinal))
            {
                yield return word[..^ending.Length];
            }
        }
    }

    private sealed record Entry(Person Person, string Name, string[][] WordStems);
}
