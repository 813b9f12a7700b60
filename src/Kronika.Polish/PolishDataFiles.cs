namespace Kronika.Polish;

/// <summary>
/// Locates the language data files (abbreviation lists, tagset, lexicons). They are copied to the build
/// output under <c>data/</c>; the <c>KRONIKA_DATA</c> environment variable points elsewhere, e.g. for a
/// linguist trying out an edited list without rebuilding.
/// </summary>
public static class PolishDataFiles
{
    public const string EnvironmentVariable = "KRONIKA_DATA";

    public const string Abbreviations = "abbreviations.txt";

    public const string TopLevelDomains = "top-level-domains.txt";

    /// <summary>The folder holding the data files.</summary>
    public static string Directory
    {
        get
        {
            string? overridden = Environment.GetEnvironmentVariable(EnvironmentVariable);
            return string.IsNullOrWhiteSpace(overridden)
                ? Path.Combine(AppContext.BaseDirectory, "data")
                : overridden;
        }
    }

    /// <summary>Full path of a data file; throws a helpful error when it is missing.</summary>
    public static string Resolve(string fileName)
    {
        string path = Path.Combine(Directory, fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Kronika data file '{fileName}' not found in '{Directory}'. Set {EnvironmentVariable} to the data folder.", path);
        }

        return path;
    }

    /// <summary>The lines of a data file with comments (<c>#</c> to end of line) and blank lines removed.</summary>
    public static IEnumerable<string> ReadLines(string fileName)
    {
        foreach (string raw in File.ReadLines(Resolve(fileName)))
        {
            int hash = raw.IndexOf('#');
            string line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }
}
