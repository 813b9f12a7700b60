using System.Text.Json;
using Kronika.Core;
using Kronika.Core.Output;
using Kronika.Polish;

namespace Kronika.Store.Tests;

/// <summary>
/// The team's sample articles written for merging (<c>samples/archive/articles.jsonl</c>: one meeting
/// reported by four outlets, a claim and another outlet's denial), run through the real Polish pipeline
/// once per test run.
/// </summary>
public static class SampleArchive
{
    private static readonly Lazy<IReadOnlyList<ArticleToStore>> Shared = new(Extract);

    public static IReadOnlyList<ArticleToStore> Articles => Shared.Value;

    public static string Path { get; } = System.IO.Path.Combine(RepositoryRoot(), "samples", "archive", "articles.jsonl");

    /// <summary>Stores every sample article in the archive at <paramref name="dbPath"/>.</summary>
    public static void Fill(string dbPath)
    {
        using var store = Sqlite.SqliteArchiveStore.Open(dbPath);
        store.PutMany(Articles);
    }

    private static List<ArticleToStore> Extract()
    {
        var pipeline = PolishLanguage.Load().CreateExtractionPipeline();
        var articles = new List<ArticleToStore>();
        foreach (string line in File.ReadLines(Path).Where(l => l.Length > 0))
        {
            using JsonDocument json = JsonDocument.Parse(line);
            JsonElement root = json.RootElement;
            string title = root.GetProperty("title").GetString()!;
            var date = DateOnly.Parse(root.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            string url = root.GetProperty("url").GetString()!;
            Document document = pipeline.Process(Document.Create(root.GetProperty("text").GetString()!, new DocumentInfo(Source: url, Title: title, Date: date)));
            var metadata = new ArticleMetadata("samples/archive/articles.jsonl", title, date, url, root.GetProperty("source").GetString());
            articles.Add(new ArticleToStore(metadata, document.Text, ExtractionResultBuilder.From(document)));
        }

        return articles;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Kronika.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("the repository root (Kronika.slnx) is not above the test assembly");
    }
}
