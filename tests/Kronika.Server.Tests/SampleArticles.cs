using Kronika.Cli.Commands;
using Kronika.Core.Input;
using Kronika.Polish;
using Kronika.Server;
using Kronika.Store;

namespace Kronika.Server.Tests;

/// <summary>
/// The repository's own articles, read by path: the sample, the team's gold articles in eval/gold (the first
/// line is the title, the file name's date prefix the publication date), and samples/archive, where several
/// outlets report the same events.
/// </summary>
public static class SampleArticles
{
    private static readonly Lazy<IArticleExtractor> Pipeline = new(() => new PipelineArticleExtractor(PolishLanguage.Load().CreateExtractionPipeline()));

    /// <summary>The real Polish extraction, loaded once per test run.</summary>
    public static IArticleExtractor Extractor => Pipeline.Value;

    public static IReadOnlyList<(ArticleMetadata Article, string Text)> All()
    {
        string root = RepositoryRoot();
        var articles = new List<(ArticleMetadata, string)>
        {
            Read(Path.Combine(root, "samples", "szczyt-w-rzeszowie.txt"), new DateOnly(2024, 9, 17), "Próbka"),
        };
        foreach (string path in Directory.GetFiles(Path.Combine(root, "eval", "gold"), "*.txt").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(path);
            articles.Add(Read(path, DateOnly.ParseExact(name[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "Złoty zbiór"));
        }

        foreach (string line in File.ReadLines(Path.Combine(root, "samples", "archive", "articles.jsonl")))
        {
            ArticleSubmission posted = System.Text.Json.JsonSerializer.Deserialize<ArticleSubmission>(line, Api.Json)!;
            var article = new ArticleMetadata(
                Origin: posted.Url!,
                Title: posted.Title,
                Date: DateOnly.ParseExact(posted.Date!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Url: posted.Url,
                Outlet: posted.Source);
            articles.Add((article, posted.Text!));
        }

        return articles;
    }

    /// <summary>Stores every sample article in <paramref name="store"/>, extracted by the real pipeline.</summary>
    public static int Fill(IArchiveStore store)
    {
        int stored = 0;
        foreach ((ArticleMetadata article, string text) in All())
        {
            ExtractedArticle extracted = Extractor.Extract(text, article);
            if (store.Put(article, extracted.Text, extracted.Extraction) == PutOutcome.Added)
            {
                stored++;
            }
        }

        return stored;
    }

    public static string RepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Kronika.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (Kronika.slnx) is not above the test binaries.");
    }

    private static (ArticleMetadata, string) Read(string path, DateOnly date, string outlet)
    {
        string text = InputReader.Read(path, null, 1 << 20).Text;
        string title = text.Split('\n', 2)[0].Trim();
        var article = new ArticleMetadata(Origin: path, Title: title, Date: date, Url: "https://example.org/" + Path.GetFileNameWithoutExtension(path), Outlet: outlet);
        return (article, text);
    }
}
