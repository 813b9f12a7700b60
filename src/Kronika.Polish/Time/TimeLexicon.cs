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
    // endings), "preposition+noun" pairs, and common words that only join one (w, ponad, i).
    private static readonly string[] NonTriggerCategories =
        ["numberprefix", "durationadj", "boundary", "needs", "preposition", "durationmodifier", "romanmonth", "dayending", "spanning", "seasonform", "agecue"];

    private readonly Dictionary<string, Dictionary<string, string[]>> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _triggers = new(StringComparer.OrdinalIgnoreCase);
    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _triggerSpans;
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

            if (!lexicon._entries.TryGetValue(parts[0], out Dictionary<string, string[]>? category))
            {
                category = new Dictionary<string, string[]>(StringComparer.Ordinal);
                lexicon._entries[parts[0]] = category;
            }

            category[parts[1].ToLowerInvariant()] = parts[2..];
        }

        lexicon.IndexTriggers();
        return lexicon;
    }

    /// <summary>
    /// Whether a word (by lemma or by form) can be part of a time expression: the tagger runs its rules
    /// only near such words and numbers, so that the rest of the text costs one lookup a token.
    /// </summary>
    public bool IsTrigger(string lemma, ReadOnlySpan<char> form) => _triggers.Contains(lemma) || _triggerSpans.Contains(form);

    /// <summary>Whether <paramref name="word"/> contains a stem of a duration adjective (<c>dwudniowy</c>, <c>12-letni</c>).</summary>
    public bool HasDurationStem(ReadOnlySpan<char> word)
    {
        foreach (string stem in _durationStems)
        {
            if (word.Contains(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private void IndexTriggers()
    {
        foreach ((string name, Dictionary<string, string[]> words) in _entries)
        {
            if (name == "boundary")
            {
                _triggers.UnionWith(words.Keys.Select(k => k[(k.IndexOf('+', StringComparison.Ordinal) + 1)..]));
            }
            else if (!NonTriggerCategories.Contains(name))
            {
                _triggers.UnionWith(words.Keys);
            }
        }

        _triggerSpans = _triggers.GetAlternateLookup<ReadOnlySpan<char>>();
        _durationStems = _entries.TryGetValue("durationadj", out Dictionary<string, string[]>? stems) ? [.. stems.Keys] : [];
    }

    /// <summary>The meaning fields of <paramref name="word"/> in <paramref name="category"/>, or null.</summary>
    public string[]? Lookup(string category, string word) =>
        _entries.TryGetValue(category, out Dictionary<string, string[]>? entries) && entries.TryGetValue(word, out string[]? meaning)
            ? meaning
            : null;

    public bool Contains(string category, string word) => Lookup(category, word) is not null;

    /// <summary>The first meaning field as an integer (month number, offset…), or null.</summary>
    public int? Number(string category, string word) =>
        Lookup(category, word) is [{ } first, ..] && int.TryParse(first, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value)
            ? value
            : null;

    /// <summary>The first meaning field as text, or null.</summary>
    public string? Text(string category, string word) => Lookup(category, word) is [{ } first, ..] ? first : null;
}
