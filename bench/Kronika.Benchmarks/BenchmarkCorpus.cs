using Kronika.Core;

namespace Kronika.Benchmarks;

/// <summary>
/// The articles the benchmarks run on: the team's own gold and sample articles, found by walking up from
/// the program to the repository, repeated until the batch is large enough to time one stage reliably.
/// </summary>
public static class BenchmarkCorpus
{
    /// <summary>About a third of a megabyte per batch: long enough for per-iteration setup to be negligible.</summary>
    private const int MinimumCharacters = 300_000;

    public static IReadOnlyList<string> Texts { get; } = Load();

    public static int Characters => Texts.Sum(t => t.Length);

    private static List<string> Load()
    {
        string root = RepositoryRoot();
        string[] files = [.. Directory.EnumerateFiles(Path.Combine(root, "eval"), "*.txt", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "samples"), "*.txt", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)];
        if (files.Length == 0)
        {
            throw new InvalidOperationException($"no articles under {root}/eval or {root}/samples");
        }

        var texts = new List<string>();
        while (texts.Sum(t => t.Length) < MinimumCharacters)
        {
            texts.AddRange(files.Select(File.ReadAllText));
        }

        return texts;
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kronika.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run the benchmarks from inside the Kronika repository");
    }

    public static Document[] CreateDocuments() => [.. Texts.Select(t => Document.Create(t, new DocumentInfo(Date: new DateOnly(2024, 6, 20))))];
}
