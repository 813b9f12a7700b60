using System.Net;
using Kronika.Store;
using Kronika.Store.Sqlite;

namespace Kronika.Server.Tests;

/// <summary>
/// The read answers' cache: served while the archive is unchanged; after another process's write, served
/// stale while one refresh runs, for no longer than the staleness bound; never stale to the client that wrote.
/// </summary>
public sealed class AnswerCacheTests
{
    private static readonly (ArticleMetadata Article, string Text)[] Articles = [.. SampleArticles.All().Take(3)];

    private static void FillTwo(SqliteArchiveStore store)
    {
        foreach ((ArticleMetadata article, string text) in Articles.Take(2))
        {
            ExtractedArticle extracted = SampleArticles.Extractor.Extract(text, article);
            store.Put(article, extracted.Text, extracted.Extraction);
        }
    }

    /// <summary>Stores the third article through a store of its own, as an ingest in another process would.</summary>
    private static void WriteFromOutside(RunningServer server)
    {
        using SqliteArchiveStore other = SqliteArchiveStore.Open(server.Store.Path, create: false);
        (ArticleMetadata article, string text) = Articles[2];
        ExtractedArticle extracted = SampleArticles.Extractor.Extract(text, article);
        Assert.Equal(PutOutcome.Added, other.Put(article, extracted.Text, extracted.Extraction));
    }

    private static async Task<int> Documents(RunningServer server) => (await Api.GetAsync<ArchiveStats>(server.Client, "/api/stats")).Documents;

    [Fact]
    public async Task After_an_outside_write_the_old_answer_is_served_until_its_refresh_lands()
    {
        await using RunningServer server = await RunningServer.StartAsync(new ServerOptions { MaxStaleness = TimeSpan.FromMinutes(5) }, FillTwo);
        Assert.Equal(2, await Documents(server));
        Assert.Equal(2, await Documents(server));
        WriteFromOutside(server);
        await Task.Delay(300); // past the interval at which the server asks the archive's version

        // The first request after the write gets the cached answer at once and starts the refresh; a later
        // one gets the refreshed answer.
        Assert.Equal(2, await Documents(server));
        int documents = 2;
        for (int attempt = 0; attempt < 200 && documents == 2; attempt++)
        {
            await Task.Delay(50);
            documents = await Documents(server);
        }

        Assert.Equal(3, documents);
    }

    [Fact]
    public async Task Without_staleness_an_outside_write_shows_at_once()
    {
        await using RunningServer server = await RunningServer.StartAsync(new ServerOptions { MaxStaleness = TimeSpan.Zero }, FillTwo);
        Assert.Equal(2, await Documents(server));
        WriteFromOutside(server);
        await Task.Delay(300);
        Assert.Equal(3, await Documents(server));
    }

    [Fact]
    public async Task A_client_reads_what_it_has_just_posted()
    {
        const string key = "cache-test-key";
        await using RunningServer server = await RunningServer.StartAsync(new ServerOptions { ApiKey = key, MaxStaleness = TimeSpan.FromMinutes(5) }, FillTwo);
        Assert.Equal(2, await Documents(server));
        (ArticleMetadata article, string text) = Articles[2];
        using HttpResponseMessage posted = await server.Client.SendAsync(Api.Post(
            new { title = article.Title, text, date = article.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), url = article.Url, source = article.Outlet }, key));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Equal(3, await Documents(server));
    }

    [Fact]
    public async Task Errors_are_not_cached_and_answers_differ_by_query()
    {
        await using RunningServer server = await RunningServer.StartAsync(new ServerOptions(), FillTwo);
        using HttpResponseMessage bad = await server.Client.GetAsync(new Uri("/api/events?from=yesterday", UriKind.Relative));
        await Api.AssertProblemAsync(bad, HttpStatusCode.BadRequest);
        using HttpResponseMessage again = await server.Client.GetAsync(new Uri("/api/events?from=yesterday", UriKind.Relative));
        await Api.AssertProblemAsync(again, HttpStatusCode.BadRequest);
        Page<DocumentSummary> one = await Api.GetAsync<Page<DocumentSummary>>(server.Client, "/api/documents?limit=1");
        Page<DocumentSummary> two = await Api.GetAsync<Page<DocumentSummary>>(server.Client, "/api/documents?limit=2");
        Assert.Single(one.Items);
        Assert.Equal(2, two.Items.Count);
    }
}
