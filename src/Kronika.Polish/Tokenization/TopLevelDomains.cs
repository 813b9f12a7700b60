namespace Kronika.Polish.Tokenization;

/// <summary>
/// Top-level domains (pl, com, eu …) that turn "wPolityce.pl" into a single Url token. Loaded from
/// <c>data/top-level-domains.txt</c>; lookups are case-insensitive and take spans.
/// </summary>
public sealed class TopLevelDomains
{
    private static readonly Lazy<TopLevelDomains> LazyDefault =
        new(() => Load(PolishDataFiles.Resolve(PolishDataFiles.TopLevelDomains)));

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private TopLevelDomains(HashSet<string> domains)
    {
        Count = domains.Count;
        _lookup = domains.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The list shipped in the data folder, loaded once.</summary>
    public static TopLevelDomains Default => LazyDefault.Value;

    public int Count { get; }

    public static TopLevelDomains Load(string path) => Parse(File.ReadLines(path));

    /// <summary>One domain per line without the dot; <c>#</c> starts a comment.</summary>
    public static TopLevelDomains Parse(IEnumerable<string> lines)
    {
        var domains = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string raw in lines)
        {
            string line = raw.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                domains.Add(line.TrimStart('.'));
            }
        }

        return new TopLevelDomains(domains);
    }

    public bool Contains(ReadOnlySpan<char> domain) => _lookup.Contains(domain);
}
