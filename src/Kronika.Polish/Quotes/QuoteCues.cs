using System.Collections.Frozen;

namespace Kronika.Polish.Quotes;

/// <summary>
/// The words that attribute quotations, read from <c>data/quote-cues.txt</c>: verbs of saying by lemma
/// (some only with a "że" clause or next to a quotation), prepositions and nouns whose genitive names the
/// speaker, complementizers of reported speech and the words that open subordinate clauses.
/// </summary>
public sealed class QuoteCues
{
    public const string FileName = "quote-cues.txt";

    private readonly FrozenDictionary<string, bool> _verbs;
    /// <summary>The speaker-naming prepositions by their first word, each word's longest first: most words start none.</summary>
    private readonly FrozenDictionary<string, string[][]> _prepositionsByFirst;
    private readonly FrozenSet<string> _nouns;
    private readonly FrozenSet<string> _complementizers;
    private readonly FrozenSet<string> _subordinators;
    private readonly FrozenSet<string> _as;
    private readonly FrozenSet<string> _media;
    private readonly FrozenSet<string> _objectSpeakers;
    private readonly FrozenDictionary<string, string[]> _refers;

    private QuoteCues(Dictionary<string, HashSet<string>> words, Dictionary<string, bool> verbs, Dictionary<string, string[]> refers)
    {
        _media = words["medium"].ToFrozenSet(StringComparer.Ordinal);
        _objectSpeakers = words["object"].ToFrozenSet(StringComparer.Ordinal);
        _refers = refers.ToFrozenDictionary(StringComparer.Ordinal);
        _verbs = verbs.ToFrozenDictionary(StringComparer.Ordinal);
        string[][] prepositions = [.. words["prep"].Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).OrderByDescending(p => p.Length)];
        _prepositionsByFirst = prepositions.GroupBy(p => p[0], StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _nouns = words["noun"].ToFrozenSet(StringComparer.Ordinal);
        _complementizers = words["that"].ToFrozenSet(StringComparer.Ordinal);
        _subordinators = words["sub"].ToFrozenSet(StringComparer.Ordinal);
        _as = words["as"].ToFrozenSet(StringComparer.Ordinal);
    }

    public static QuoteCues Load() => Parse(PolishDataFiles.ReadLines(FileName));

    public static QuoteCues Parse(IEnumerable<string> lines)
    {
        var words = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            ["prep"] = [], ["noun"] = [], ["that"] = [], ["sub"] = [], ["as"] = [], ["medium"] = [], ["object"] = [],
        };
        var verbs = new Dictionary<string, bool>(StringComparer.Ordinal);
        var refers = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (string line in lines)
        {
            string[] fields = line.Split('|', StringSplitOptions.TrimEntries);
            if (fields.Length != 2 || fields[1].Length == 0)
            {
                throw new InvalidDataException($"{FileName}: '{line}' should be 'kind | word; word'.");
            }

            if (fields[0] == "refers")
            {
                string[] sides = fields[1].Split('=', StringSplitOptions.TrimEntries);
                if (sides.Length != 2 || sides[0].Length == 0 || sides[1].Length == 0)
                {
                    throw new InvalidDataException($"{FileName}: '{line}' should be 'refers | noun = word; word'.");
                }

                refers[sides[0].ToLowerInvariant()] = [.. sides[1].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant())];
                continue;
            }

            IEnumerable<string> entries = fields[1].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant());
            if (fields[0] is "object")
            {
                foreach (string verb in entries)
                {
                    verbs[verb] = true;
                }
            }

            if (fields[0] is "verb" or "verb?")
            {
                foreach (string verb in entries)
                {
                    // A verb listed both ways is always a cue.
                    verbs[verb] = fields[0] == "verb" || verbs.GetValueOrDefault(verb);
                }
            }
            else if (words.TryGetValue(fields[0], out HashSet<string>? set))
            {
                set.UnionWith(entries);
            }
            else
            {
                throw new InvalidDataException($"{FileName}: unknown kind '{fields[0]}' in '{line}'.");
            }
        }

        return new QuoteCues(words, verbs, refers);
    }

    /// <summary>Whether the lemma is a verb of saying; <paramref name="always"/> is false for one that says only with a "że" clause or next to a quotation.</summary>
    public bool IsVerb(string lemma, out bool always) => _verbs.TryGetValue(lemma, out always);

    /// <summary>The length in words of the speaker-naming preposition starting at <paramref name="i"/> (<c>według</c>, <c>w opinii</c>), or 0.</summary>
    public int PrepositionAt(IReadOnlyList<string> lowerForms, int i, int end)
    {
        if (i >= end || !_prepositionsByFirst.TryGetValue(lowerForms[i], out string[][]? candidates))
        {
            return 0;
        }

        foreach (string[] words in candidates)
        {
            if (i + words.Length > end)
            {
                continue;
            }

            bool match = true;
            for (int k = 0; k < words.Length && match; k++)
            {
                match = lowerForms[i + k] == words[k];
            }

            if (match)
            {
                return words.Length;
            }
        }

        return 0;
    }

    public bool IsNoun(string lemma) => _nouns.Contains(lemma);

    public bool IsComplementizer(string lemma) => _complementizers.Contains(lemma);

    public bool IsSubordinator(string lemma) => _subordinators.Contains(lemma);

    public bool IsAs(string lemma) => _as.Contains(lemma);

    /// <summary>Whether the verb's object, not its subject, said the words (<c>cytuje agencja TASS rzecznika Kremla</c>).</summary>
    public bool QuotesObject(string lemma) => _objectSpeakers.Contains(lemma);

    /// <summary>Whether the noun names an outlet or body whose name follows it (<c>agencja Reutera</c>).</summary>
    public bool IsMedium(string lemma) => _media.Contains(lemma);

    /// <summary>The lower-cased words an organisation's name begins with when the bare noun refers back to it (<c>resort</c>: ministerstwo…), or null.</summary>
    public string[]? RefersTo(string lemma) => _refers.GetValueOrDefault(lemma);
}
