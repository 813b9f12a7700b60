using System.Globalization;

namespace Kronika.Polish.Tokenization;

/// <summary>
/// Abbreviations written with a final period (<c>np.</c>, <c>m.in.</c>, <c>r.</c>) and whether each can
/// close a sentence. Loaded from <c>data/abbreviations.txt</c>; lookups take spans so the tokenizer never
/// allocates while scanning.
/// </summary>
public sealed class AbbreviationList
{
    private static readonly Lazy<AbbreviationList> LazyDefault =
        new(() => Load(PolishDataFiles.Resolve(PolishDataFiles.Abbreviations)));

    private readonly Dictionary<string, bool> _mayEndSentence;
    private readonly Dictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private AbbreviationList(Dictionary<string, bool> mayEndSentence)
    {
        _mayEndSentence = mayEndSentence;
        _lookup = mayEndSentence.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxLength = mayEndSentence.Keys.DefaultIfEmpty(string.Empty).Max(k => k.Length);
    }

    /// <summary>The list shipped in the data folder, loaded once.</summary>
    public static AbbreviationList Default => LazyDefault.Value;

    public int Count => _mayEndSentence.Count;

    /// <summary>Length of the longest entry, period included; longer candidates need no lookup.</summary>
    public int MaxLength { get; }

    public static AbbreviationList Load(string path) => Parse(File.ReadLines(path), path);

    /// <summary>Parses the data file format: <c>abbreviation flag</c> per line, <c>#</c> comments.</summary>
    public static AbbreviationList Parse(IEnumerable<string> lines, string source = "<text>")
    {
        var entries = new Dictionary<string, bool>(StringComparer.Ordinal);
        int lineNumber = 0;
        foreach (string raw in lines)
        {
            lineNumber++;
            string line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || !parts[0].EndsWith('.'))
            {
                throw new FormatException($"{source}:{lineNumber}: expected '<abbreviation ending with .> <may-end|no-end>', got '{raw}'.");
            }

            bool mayEnd = parts[1] switch
            {
                "may-end" => true,
                "no-end" => false,
                _ => throw new FormatException($"{source}:{lineNumber}: unknown flag '{parts[1]}'; use may-end or no-end."),
            };

            if (entries.TryGetValue(parts[0], out bool existing) && existing != mayEnd)
            {
                throw new FormatException($"{source}:{lineNumber}: '{parts[0]}' is listed twice with different flags.");
            }

            entries[parts[0]] = mayEnd;
        }

        return new AbbreviationList(entries);
    }

    /// <summary>
    /// Looks up <paramref name="candidate"/> (with its final period). A capitalised form ("Np.") matches
    /// its lower-case entry, since abbreviations can open a sentence.
    /// </summary>
    public bool TryGet(ReadOnlySpan<char> candidate, out bool mayEndSentence)
    {
        if (candidate.Length == 0 || candidate.Length > MaxLength)
        {
            mayEndSentence = false;
            return false;
        }

        if (_lookup.TryGetValue(candidate, out mayEndSentence))
        {
            return true;
        }

        if (!char.IsUpper(candidate[0]))
        {
            return false;
        }

        Span<char> lowered = stackalloc char[candidate.Length];
        candidate.CopyTo(lowered);
        lowered[0] = char.ToLower(lowered[0], CultureInfo.InvariantCulture);
        return _lookup.TryGetValue(lowered, out mayEndSentence);
    }

    public bool Contains(ReadOnlySpan<char> candidate) => TryGet(candidate, out _);
}
