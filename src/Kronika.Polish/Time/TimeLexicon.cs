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

    private readonly Dictionary<string, Dictionary<string, string[]>> _entries = new(StringComparer.Ordinal);

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

        return lexicon;
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
