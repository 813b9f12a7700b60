using System.Globalization;

namespace Kronika.Polish.Time;

/// <summary>
/// The vocabulary of time expressions, read from <c>data/time-lexicon.txt</c>: month and weekday names,
/// parts of day, units, number words, relative, anaphoric and vague words. Keys are lower-case words,
/// looked up by a token's lemma and by its lower-cased form.
/// </summary>
public sealed class TimeLexicon
{
    public const string FileName = "time-lexicon.txt";

    // Categories whose keys do not by themselves signal a time expression: parts of words (prefixes, stems,
    // endings), "preposition+noun" pairs, common words that only join one (w, ponad, i), and words that are
    // always followed within a few tokens by one that does: "ten" and "dwa" before a unit ("tego roku", "dwa
    // lata"), "temu" after one. "ten" alone is among the commonest words of Polish.
    private static readonly string[] NonTriggerCategories =
    [
        "numberprefix", "durationadj", "boundary", "needs", "preposition", "durationmodifier", "romanmonth", "dayending",
        "spanning", "seasonform", "agecue", "reldet", "direction", "number", "fraction", "datenoun", "nofold", "hourlead", "hourending", "last",
        "minutes", "nowadays",
    ];

    private readonly Dictionary<string, Dictionary<string, string[]>> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string[]>> _byWord = new(StringComparer.Ordinal);

    // The rules ask by category name, always a literal: the names read from the file are interned, so that a
    // category is found by reference first, without hashing its name; another string of the same name still finds it.
    private readonly Dictionary<string, Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>>> _categoriesByReference = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>>> _categoriesByName = new(StringComparer.Ordinal);
    private Dictionary<string, WordCategory[]>.AlternateLookup<ReadOnlySpan<char>> _wordCategories;
    private readonly ulong[] _triggerShapes = new ulong[ShapeCount / 64];
    private readonly HashSet<string> _triggers = new(StringComparer.Ordinal);
    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _triggerSpans;
    private int _longestTrigger;
    private string[] _durationStems = [];

    private TimeLexicon()
    {
    }

    public static TimeLexicon Load() => Parse(PolishDataFiles.ReadLines(FileName));

    /// <summary>Builds a lexicon from lines already stripped of comments.</summary>
    public static TimeLexicon Parse(IEnumerable<string> lines)
    {
        var lexicon = new TimeLexicon();
        foreach (string line in lines)
        {
            string[] parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2)
            {
                throw new InvalidDataException($"{FileName}: '{line}' needs a category and a word.");
            }

            parts[0] = string.Intern(parts[0]);
            if (!lexicon._entries.TryGetValue(parts[0], out Dictionary<string, string[]>? category))
            {
                category = new Dictionary<string, string[]>(StringComparer.Ordinal);
                lexicon._entries[parts[0]] = category;
            }

            string word = parts[1].ToLowerInvariant();
            category[word] = parts[2..];
            if (!lexicon._byWord.TryGetValue(word, out Dictionary<string, string[]>? categories))
            {
                categories = new Dictionary<string, string[]>(StringComparer.Ordinal);
                lexicon._byWord[word] = categories;
            }

            categories[parts[0]] = parts[2..];
        }

        lexicon.AddFoldedKeys();
        lexicon.IndexTriggers();
        lexicon.IndexLookups();
        return lexicon;
    }

    /// <summary>
    /// Whether a word (by lemma or by form) can be part of a time expression: the tagger runs its rules
    /// only near such words and numbers, so that the rest of the text costs one lookup a token.
    /// </summary>
    public bool IsTrigger(string lemma, ReadOnlySpan<char> form)
    {
        // Most words fail on their first letter and length alone, before any hashing.
        if (!HasTriggerShape(lemma) && !HasTriggerShape(form))
        {
            return false;
        }

        if (_triggers.Contains(lemma) || (lemma.Length > 0 && char.IsUpper(lemma[0]) && IsLowerCaseTrigger(lemma)))
        {
            return true;
        }

        // Case-insensitive hashing of non-ASCII text is slow; lower-case the form on the stack instead.
        return IsLowerCaseTrigger(form);
    }

    // A capitalised lemma ("Wigilia") may name a lexicon word.
    private bool IsLowerCaseTrigger(ReadOnlySpan<char> word)
    {
        if (word.Length > _longestTrigger)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return _triggerSpans.Contains(lower);
    }

    /// <summary>Whether the lemma <paramref name="lemma"/> is a duration adjective: a stem and the ending -y or -i (<c>dwudniowy</c>, <c>kilkuletni</c>).</summary>
    public bool IsDurationAdjective(string lemma)
    {
        foreach (string stem in _durationStems)
        {
            if (lemma.Length > stem.Length + 1 && lemma[^1] is 'y' or 'i' && lemma.AsSpan(lemma.Length - 1 - stem.Length, stem.Length).SequenceEqual(stem))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="word"/> contains a stem of a duration adjective (<c>dwudniowy</c>, <c>12-letni</c>).</summary>
    public bool HasDurationStem(ReadOnlySpan<char> word)
    {
        foreach (string stem in _durationStems)
        {
            // The stem follows a prefix, so it is never capitalised.
            if (word.Contains(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Colloquial and typed text often drops the diacritics ("piatek", "nastepny", "tydzien"): every word is also
    /// keyed by its folded spelling, unless that spelling is a word of its own already in the lexicon or listed
    /// under <c>nofold</c> (a different everyday word: "piec", an oven, is not "pięć").
    /// </summary>
    private void AddFoldedKeys()
    {
        HashSet<string> blocked = _entries.TryGetValue("nofold", out Dictionary<string, string[]>? listed) ? [.. listed.Keys] : [];
        foreach ((string name, Dictionary<string, string[]> words) in _entries)
        {
            foreach ((string word, string[] meaning) in words.ToArray())
            {
                string folded = Fold(word);
                if (folded == word || blocked.Contains(folded) || words.ContainsKey(folded))
                {
                    continue;
                }

                words[folded] = meaning;
                if (!_byWord.TryGetValue(folded, out Dictionary<string, string[]>? categories))
                {
                    categories = new Dictionary<string, string[]>(StringComparer.Ordinal);
                    _byWord[folded] = categories;
                }

                categories.TryAdd(name, meaning);
            }
        }
    }

    /// <summary>A lower-case word with its Polish diacritics dropped: "następny" → "nastepny".</summary>
    public static string Fold(string word)
    {
        if (!word.AsSpan().ContainsAny(PolishLetters))
        {
            return word;
        }

        return string.Create(word.Length, word, static (span, source) =>
        {
            for (int k = 0; k < source.Length; k++)
            {
                int at = PolishLetters.IndexOf(source[k]);
                span[k] = at < 0 ? source[k] : FoldedLetters[at];
            }
        });
    }

    private const string PolishLetters = "ąćęłńóśźż";
    private const string FoldedLetters = "acelnoszz";

    private void IndexTriggers()
    {
        foreach ((string name, Dictionary<string, string[]> words) in _entries)
        {
            if (name == "boundary")
            {
                _triggers.UnionWith(words.Keys.Select(k => k[(k.IndexOf('+', StringComparison.Ordinal) + 1)..]));
            }
            else if (name != "holiday" && !NonTriggerCategories.Contains(name))
            {
                _triggers.UnionWith(words.Keys);
            }
        }

        // A holiday of several words is found by one that is a trigger anyway ("Piątek" in "Wielki Piątek", "rok"
        // in "Nowy Rok"; the tagger looks a few tokens back), else by its first ("Boże" in "Boże Ciało"), so that
        // everyday adjectives ("nowy", "wielki") do not wake the rules.
        if (_entries.TryGetValue("holiday", out Dictionary<string, string[]>? holidays))
        {
            foreach (string key in holidays.Keys)
            {
                string[] words = key.Split('+');
                if (!words.Any(_triggers.Contains))
                {
                    _triggers.Add(words[0]);
                }
            }
        }

        _triggerSpans = _triggers.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (string trigger in _triggers)
        {
            int shape = Shape(trigger);
            _triggerShapes[shape >> 6] |= 1UL << shape;
        }

        _longestTrigger = _triggers.Max(t => t.Length);
        _durationStems = _entries.TryGetValue("durationadj", out Dictionary<string, string[]>? stems) ? [.. stems.Keys] : [];
    }

    private void IndexLookups()
    {
        foreach ((string name, Dictionary<string, string[]> words) in _entries)
        {
            _categoriesByReference[name] = words.GetAlternateLookup<ReadOnlySpan<char>>();
            _categoriesByName[name] = words.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        var byWord = new Dictionary<string, WordCategory[]>(StringComparer.Ordinal);
        foreach ((string word, Dictionary<string, string[]> categories) in _byWord)
        {
            byWord[word] = [.. categories.Select(c => new WordCategory(c.Key, c.Value))];
        }

        _wordCategories = byWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Every category of <paramref name="word"/> with its meaning fields (empty when the word is unknown).</summary>
    internal WordCategory[] Categories(ReadOnlySpan<char> word) => _wordCategories.TryGetValue(word, out WordCategory[]? found) ? found : [];

    /// <summary>The meaning fields of <paramref name="category"/> among a word's <paramref name="categories"/>, or null.</summary>
    internal static string[]? Find(WordCategory[] categories, string category)
    {
        foreach (WordCategory c in categories)
        {
            if (string.Equals(c.Name, category))
            {
                return c.Meaning;
            }
        }

        return null;
    }

    private const int ShapeCount = 1 << 16;

    // A word's first two letters, lower-cased, and its length, hashed into 64k bits. A word that is a trigger once
    // lower-cased has a trigger's shape: lower-casing keeps the length, and a trigger's letters are lower-case already.
    private static int Shape(ReadOnlySpan<char> word)
    {
        if (word.Length == 0)
        {
            return 0;
        }

        uint first = char.ToLowerInvariant(word[0]);
        uint second = word.Length > 1 ? char.ToLowerInvariant(word[1]) : 0u;
        uint hash = (first * 0x9E3779B1u) ^ (second * 0x85EBCA77u) ^ ((uint)Math.Min(word.Length, 255) * 0xC2B2AE3Du);
        return (int)(hash >> 16);
    }

    private bool HasTriggerShape(ReadOnlySpan<char> word)
    {
        int shape = Shape(word);
        return (_triggerShapes[shape >> 6] & (1UL << shape)) != 0;
    }

    /// <summary>The meaning fields of <paramref name="word"/> in <paramref name="category"/>, or null.</summary>
    public string[]? Lookup(string category, ReadOnlySpan<char> word) =>
        (_categoriesByReference.TryGetValue(category, out Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> entries)
            || _categoriesByName.TryGetValue(category, out entries)) && entries.TryGetValue(word, out string[]? meaning)
            ? meaning
            : null;

    /// <summary>The meaning fields of the key <c>first+second</c> (a pair of words, as the lexicon joins them) in <paramref name="category"/>, or null.</summary>
    public string[]? Lookup(string category, ReadOnlySpan<char> first, ReadOnlySpan<char> second) => Joined(category, first, second, [], three: false);

    /// <summary>The meaning fields of the key <c>first+second+third</c> in <paramref name="category"/>, or null.</summary>
    public string[]? Lookup(string category, ReadOnlySpan<char> first, ReadOnlySpan<char> second, ReadOnlySpan<char> third) => Joined(category, first, second, third, three: true);

    // The key is written on the stack rather than concatenated: the rules ask for pairs at every token they try.
    private string[]? Joined(string category, ReadOnlySpan<char> first, ReadOnlySpan<char> second, ReadOnlySpan<char> third, bool three)
    {
        int length = first.Length + 1 + second.Length + (three ? third.Length + 1 : 0);
        Span<char> key = length <= 256 ? stackalloc char[length] : new char[length];
        first.CopyTo(key);
        key[first.Length] = '+';
        second.CopyTo(key[(first.Length + 1)..]);
        if (three)
        {
            key[first.Length + 1 + second.Length] = '+';
            third.CopyTo(key[(first.Length + 2 + second.Length)..]);
        }

        return Lookup(category, key);
    }

    public bool Contains(string category, ReadOnlySpan<char> word) => Lookup(category, word) is not null;

    /// <summary>The first meaning field as an integer (month number, offset…), or null.</summary>
    public int? Number(string category, ReadOnlySpan<char> word) =>
        Lookup(category, word) is [{ } first, ..] && int.TryParse(first, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value)
            ? value
            : null;

    /// <summary>The first meaning field as text, or null.</summary>
    public string? Text(string category, ReadOnlySpan<char> word) => Lookup(category, word) is [{ } first, ..] ? first : null;
}

/// <summary>One category of a lexicon word, with its meaning fields.</summary>
internal readonly record struct WordCategory(string Name, string[] Meaning);
