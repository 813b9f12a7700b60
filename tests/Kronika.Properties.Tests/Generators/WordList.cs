namespace Kronika.Properties.Tests.Generators;

/// <summary>The sections of <c>Generators/words-pl.txt</c>: <c>[section]</c> headers, one piece a line, <c>#</c> comments.</summary>
public static class WordList
{
    private static readonly Lazy<IReadOnlyDictionary<string, string[]>> Sections = new(Read);

    /// <summary>The pieces of one section; throws when the file has no such section.</summary>
    public static string[] Section(string name) =>
        Sections.Value.TryGetValue(name, out string[]? pieces) ? pieces : throw new KeyNotFoundException($"words-pl.txt has no [{name}] section");

    private static IReadOnlyDictionary<string, string[]> Read()
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (string raw in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Generators", "words-pl.txt")))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                current = sections[line[1..^1]] = [];
                continue;
            }

            (current ?? throw new InvalidDataException($"words-pl.txt: '{line}' comes before any [section]")).Add(line);
        }

        return sections.ToDictionary(s => s.Key, s => s.Value.ToArray(), StringComparer.Ordinal);
    }
}
