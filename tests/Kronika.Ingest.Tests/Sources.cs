using Kronika.Ingest.Fetching;
using Kronika.Ingest.Sources;

namespace Kronika.Ingest.Tests;

/// <summary>Reads inputs the way <c>kronika ingest</c> does, with fetching allowed on the loopback test server.</summary>
internal static class Sources
{
    public static readonly FetchOptions Loopback = new() { AllowPrivateNetwork = true, TotalTimeout = TimeSpan.FromSeconds(10) };

    public static List<IngestItem> ReadAll(params string[] names) => ReadAll(new SourceOptions { Fetch = Loopback }, names);

    public static List<IngestItem> ReadAll(SourceOptions options, params string[] names)
    {
        using var fetcher = new WebFetcher(options.Fetch);
        var sources = new ArticleSources(options, fetcher);
        return ArticleSources.Expand(names).SelectMany(sources.Read).ToList();
    }

    public static SourceArticle Single(params string[] names)
    {
        IngestItem item = Assert.Single(ReadAll(names));
        Assert.Null(item.Error);
        return item.Article!;
    }
}
