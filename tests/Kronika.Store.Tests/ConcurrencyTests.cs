using Kronika.Store.Sqlite;

namespace Kronika.Store.Tests;

/// <summary>The server reads while ingest writes, and a second process may write the same file.</summary>
public sealed class ConcurrencyTests : IDisposable
{
    private readonly TempArchive archive = new();

    public void Dispose() => archive.Dispose();

    private static ArticleToStore Article(int n)
    {
        var article = new HandMadeArticle($"Artykuł numer {n}: Jan Kowalski rozmawiał z Anną Nowak.", url: $"https://x.example/{n}", outlet: "x" + (n % 3));
        string jan = article.Entity("PERSON", "Jan Kowalski", "POL");
        string anna = article.Entity("PERSON", "Anna Nowak", "POL");
        article.Event("CONSULT", "040", "rozmawiał", [jan, anna], [jan, anna], "2026-11-24");
        return article.Build();
    }

    [Fact]
    public async Task Readers_on_other_threads_see_whole_articles_while_one_writes()
    {
        using var done = new CancellationTokenSource();
        Task writer = Task.Run(() =>
        {
            for (int n = 0; n < 60; n++)
            {
                archive.Store.Put(Article(n).Article, Article(n).Text, Article(n).Extraction);
            }

            done.Cancel();
        });
        Task<int> reader = Task.Run(() =>
        {
            int reads = 0;
            while (!done.IsCancellationRequested)
            {
                ArchiveStats stats = archive.Store.Stats();
                // Whole articles only: every stored article reported the one event.
                Assert.Equal(stats.Documents, stats.EventMentions);
                reads++;
            }

            return reads;
        });
        await Task.WhenAll(writer, reader);
        Assert.Equal(60, archive.Store.Events(new EventQuery()).Items.Single().NumArticles);
    }

    [Fact]
    public async Task Two_stores_on_one_file_both_write_waiting_for_each_other()
    {
        using SqliteArchiveStore second = SqliteArchiveStore.Open(archive.DbPath);
        Task first = Task.Run(() =>
        {
            for (int n = 0; n < 40; n += 2)
            {
                archive.Store.PutMany([Article(n)]);
            }
        });
        Task other = Task.Run(() =>
        {
            for (int n = 1; n < 40; n += 2)
            {
                second.PutMany([Article(n)]);
            }
        });
        await Task.WhenAll(first, other);
        ArchiveEvent e = archive.Store.Events(new EventQuery()).Items.Single();
        Assert.Equal((40, 3), (e.NumArticles, e.NumSources));
    }
}
