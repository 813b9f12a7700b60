using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Kronika.Polish.Tagging;

/// <summary>
/// The categories of the NKJP tagset (<c>data/nkjp-tagset.txt</c>). Splits a tag into its part of speech
/// and its category values, so that the tagger can score the parts of a tag separately: a model that
/// has learnt "genitive after this preposition" applies it to nouns, adjectives and pronouns alike.
/// </summary>
public sealed class NkjpTagset
{
    private readonly FrozenDictionary<string, string> _categoryOfValue;
    private readonly ConcurrentDictionary<string, ParsedTag> _parsed = new(StringComparer.Ordinal);

    public NkjpTagset(IEnumerable<string> definitionLines)
    {
        var categoryOfValue = new Dictionary<string, string>(StringComparer.Ordinal);
        var categories = new List<string>();
        foreach (string line in definitionLines)
        {
            string[] parts = line.Split('\t', 2);
            if (parts.Length != 2)
            {
                throw new FormatException($"Tagset line is not 'category<TAB>values': {line}");
            }

            categories.Add(parts[0]);
            foreach (string value in parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                categoryOfValue[value] = parts[0];
            }
        }

        _categoryOfValue = categoryOfValue.ToFrozenDictionary(StringComparer.Ordinal);
        Categories = categories;
    }

    public static NkjpTagset Default { get; } = new(PolishDataFiles.ReadLines("nkjp-tagset.txt"));

    public IReadOnlyList<string> Categories { get; }

    /// <summary>The category a value belongs to (<c>gen</c> → <c>case</c>), or null for an unknown value.</summary>
    public string? CategoryOf(string value) => _categoryOfValue.GetValueOrDefault(value);

    public ParsedTag Parse(string tag) => _parsed.GetOrAdd(tag, static (t, self) => self.ParseUncached(t), this);

    private ParsedTag ParseUncached(string tag)
    {
        string[] parts = tag.Split(':', StringSplitOptions.RemoveEmptyEntries);
        string pos = parts.Length > 0 ? parts[0] : tag;
        var values = new KeyValuePair<string, string>[Math.Max(0, parts.Length - 1)];
        for (int i = 1; i < parts.Length; i++)
        {
            values[i - 1] = new(CategoryOf(parts[i]) ?? "other", parts[i]);
        }

        return new ParsedTag(tag, pos, values);
    }
}

/// <summary>A tag split into its part of speech and (category, value) pairs.</summary>
public sealed record ParsedTag(string Tag, string Pos, KeyValuePair<string, string>[] Values)
{
    public string? Get(string category)
    {
        foreach (KeyValuePair<string, string> pair in Values)
        {
            if (pair.Key == category)
            {
                return pair.Value;
            }
        }

        return null;
    }

    public string? Case => Get("case");
}
