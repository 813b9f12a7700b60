using Kronika.Store.Sqlite;

namespace Kronika.Store.Tests;

/// <summary>A store opened with a read time limit stops a query that outlives it inside SQLite, and only then.</summary>
public sealed class ReadTimeLimitTests : IDisposable
{
    private const int Reprints = 20;

    private readonly TempArchive archive = new();

    public ReadTimeLimitTests()
    {
        // Enough rows that sorting the quotations takes SQLite many thousand steps: the samples, each stored
        // as reprints on other addresses (another text hash makes each one a new article).
        archive.Store.PutMany([.. Enumerable.Range(0, Reprints).SelectMany(copy => SampleArchive.Articles.Select(a => a with
        {
            Article = a.Article with { Origin = $"{a.Article.Origin}#{copy}", Url = $"{a.Article.Url}?reprint={copy}" },
            Extraction = a.Extraction with { Document = a.Extraction.Document with { Sha256 = $"{a.Extraction.Document.Sha256[..^4]}{copy:x4}" } },
        }))]);
    }

    /// <summary>All quotations in date order: a sort of every row, the kind of query a limit is for.</summary>
    private static QuoteQuery Scan => new();

    public void Dispose() => archive.Dispose();

    [Fact]
    public void A_read_past_the_limit_is_stopped_with_a_timeout_error()
    {
        // A limit of one tick has passed before the query's first thousand steps are done.
        using SqliteArchiveStore limited = SqliteArchiveStore.Open(archive.DbPath, create: false, readTimeLimit: TimeSpan.FromTicks(1));
        ArchiveTimeoutException stopped = Assert.Throws<ArchiveTimeoutException>(() => limited.Quotes(Scan));
        Assert.Equal(TimeSpan.FromTicks(1), stopped.Limit);
    }

    [Fact]
    public void Within_the_limit_a_read_answers_as_without_one_and_the_connection_is_reusable()
    {
        using SqliteArchiveStore limited = SqliteArchiveStore.Open(archive.DbPath, create: false, readTimeLimit: TimeSpan.FromMinutes(1));
        Assert.Equal(SampleArchive.Articles.Count * Reprints, limited.Stats().Documents);
        Page<ArchiveQuote> expected = archive.Store.Quotes(Scan);
        for (int round = 0; round < 3; round++)
        {
            Page<ArchiveQuote> answered = limited.Quotes(Scan);
            Assert.Equal(expected.Total, answered.Total);
            Assert.Equal(expected.Items.Select(e => e.Id), answered.Items.Select(e => e.Id));
        }
    }

    [Fact]
    public void A_pooled_connection_does_not_keep_an_expired_limit_for_the_next_store()
    {
        using (SqliteArchiveStore limited = SqliteArchiveStore.Open(archive.DbPath, create: false, readTimeLimit: TimeSpan.FromTicks(1)))
        {
            Assert.Throws<ArchiveTimeoutException>(() => limited.Quotes(Scan));
        }

        using SqliteArchiveStore unlimited = SqliteArchiveStore.Open(archive.DbPath, create: false);
        Assert.True(unlimited.Quotes(Scan).Total > 0);
    }

    [Fact]
    public void A_limit_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SqliteArchiveStore.Open(archive.DbPath, create: false, readTimeLimit: TimeSpan.Zero));
    }
}
