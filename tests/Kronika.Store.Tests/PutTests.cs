using Microsoft.Data.Sqlite;

namespace Kronika.Store.Tests;

public sealed class PutTests : IDisposable
{
    private readonly TempArchive archive = new();

    public void Dispose() => archive.Dispose();

    private static ArticleToStore Meeting(string text, string url, string outlet = "Gazeta")
    {
        var article = new HandMadeArticle(text, url: url, outlet: outlet, title: "Spotkanie");
        string jan = article.Entity("PERSON", "Jan Kowalski", "POL");
        string anna = article.Entity("PERSON", "Anna Nowak", "POL");
        article.Event("CONSULT", "040", "spotkał się", [jan, anna], [jan, anna], "2026-11-24");
        article.Quote("Rozmowa była owocna", jan);
        return article.Build();
    }

    [Fact]
    public void A_new_article_is_added_and_the_same_text_again_changes_nothing()
    {
        ArticleToStore article = Meeting("Jan Kowalski spotkał się z Anną Nowak. „Rozmowa była owocna” – powiedział.", "https://a.example/1");
        Assert.Equal(PutOutcome.Added, archive.Store.Put(article.Article, article.Text, article.Extraction));
        ArchiveStats before = archive.Store.Stats();
        Assert.Equal(PutOutcome.Unchanged, archive.Store.Put(article.Article, article.Text, article.Extraction));
        // The same text under another address is the same article too.
        Assert.Equal(PutOutcome.Unchanged, archive.Store.Put(article.Article with { Url = "https://b.example/2" }, article.Text, article.Extraction));
        Assert.Equal(before, archive.Store.Stats());
        Assert.True(archive.Store.Contains(article.Extraction.Document.Sha256));
        Assert.False(archive.Store.Contains(new string('0', 64)));
    }

    [Fact]
    public void A_new_text_at_the_same_url_replaces_the_old_facts_and_keeps_the_document_id()
    {
        ArticleToStore first = Meeting("Jan Kowalski spotkał się z Anną Nowak. „Rozmowa była owocna” – powiedział.", "https://a.example/1");
        archive.Store.Put(first.Article, first.Text, first.Extraction);
        ArticleToStore other = Meeting("Jan Kowalski spotkał się z Anną Nowak w Gdańsku. „Rozmowa była owocna” – dodał.", "https://c.example/3", "Kurier");
        archive.Store.Put(other.Article, other.Text, other.Extraction);
        long id = archive.Store.Documents(new DocumentQuery(Outlet: "Gazeta")).Items.Single().Id;
        Assert.Equal(2, archive.Store.Events(new EventQuery()).Items.Single().NumArticles);

        var update = new HandMadeArticle("Piotr Wiśniewski odwołał spotkanie.", url: "https://a.example/1", outlet: "Gazeta");
        string piotr = update.Entity("PERSON", "Piotr Wiśniewski", "POL");
        update.Event("REJECT", "125", "odwołał", [piotr], [], "2026-11-25");
        ArticleToStore updated = update.Build();
        Assert.Equal(PutOutcome.Replaced, archive.Store.Put(updated.Article, updated.Text, updated.Extraction));

        Assert.Equal(2, archive.Store.Stats().Documents);
        StoredDocument stored = archive.Store.Document(id)!;
        Assert.Equal(updated.Text, stored.Text);
        Assert.Equal("Piotr Wiśniewski", Assert.Single(stored.Extraction.Entities).Name);
        // The meeting is now reported by the other article alone; its counts follow.
        ArchiveEvent meeting = archive.Store.Events(new EventQuery(Type: "CONSULT")).Items.Single();
        Assert.Equal((1, 1, 1), (meeting.NumMentions, meeting.NumSources, meeting.NumArticles));
        Assert.Equal(1, archive.Store.Entities(new EntityQuery(Name: "Jan Kowalski")).Items.Single().Documents);
        Assert.Single(archive.Store.Quotes(new QuoteQuery()).Items);
        Assert.Equal(1, archive.Store.Search("dodał", new PageRequest()).Total);
        Assert.Equal(0, archive.Store.Search("powiedział", new PageRequest()).Total);
    }

    [Fact]
    public void Facts_only_the_replaced_version_reported_leave_the_archive()
    {
        ArticleToStore first = Meeting("Jan Kowalski spotkał się z Anną Nowak. „Rozmowa była owocna” – powiedział.", "https://a.example/1");
        archive.Store.Put(first.Article, first.Text, first.Extraction);
        var update = new HandMadeArticle("Spotkanie odwołano.", url: "https://a.example/1");
        ArticleToStore updated = update.Build();
        archive.Store.Put(updated.Article, updated.Text, updated.Extraction);
        ArchiveStats stats = archive.Store.Stats();
        Assert.Equal((1, 0, 0, 0, 0), (stats.Documents, stats.Entities, stats.Events, stats.Quotes, stats.Claims));
    }

    [Fact]
    public void A_batch_sees_its_own_articles()
    {
        ArticleToStore article = Meeting("Jan Kowalski spotkał się z Anną Nowak. „Rozmowa była owocna” – powiedział.", "https://a.example/1");
        Assert.Equal([PutOutcome.Added, PutOutcome.Unchanged], archive.Store.PutMany([article, article]));
    }

    [Fact]
    public void A_failing_article_leaves_nothing_of_its_batch_and_the_archive_usable()
    {
        ArticleToStore good = Meeting("Jan Kowalski spotkał się z Anną Nowak. „Rozmowa była owocna” – powiedział.", "https://a.example/1");
        ArticleToStore broken = Meeting("Anna Nowak spotkała się z Janem Kowalskim. „Rozmowa była owocna” – powiedziała.", "https://a.example/2");
        // Two entities with one local id break the document's key: the insert fails midway through the article.
        broken = broken with { Extraction = broken.Extraction with { Entities = [.. broken.Extraction.Entities, broken.Extraction.Entities[0]] } };
        Assert.Throws<SqliteException>(() => archive.Store.PutMany([good, broken]));
        Assert.Equal(new ArchiveStats(0, 0, 0, 0, 0, 0, 0, null, null), archive.Store.Stats());
        Assert.Equal(PutOutcome.Added, archive.Store.Put(good.Article, good.Text, good.Extraction));
        Assert.Equal(1, archive.Reopen().Stats().Documents);
    }

    [Fact]
    public void Entity_counts_kept_up_batch_by_batch_equal_a_full_count()
    {
        // The sample articles one by one, then in a batch with a replacement in it: the counts the writer
        // adds up must be what counting every row gives.
        foreach (ArticleToStore sample in SampleArchive.Articles.Take(2))
        {
            archive.Store.Put(sample.Article, sample.Text, sample.Extraction);
        }

        ArticleToStore first = SampleArchive.Articles[0];
        ArticleToStore edited = first with { Text = first.Text + " Koniec.", Extraction = first.Extraction with { Document = first.Extraction.Document with { Sha256 = "" } } };
        archive.Store.PutMany([.. SampleArchive.Articles.Skip(2), edited, Meeting("Jan Kowalski spotkał się z Anną Nowak.", "https://a.example/9")]);

        using var connection = new SqliteConnection($"Data Source={archive.DbPath}");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = """
            SELECT COUNT(*), SUM(e.mentions = (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id)
                AND e.documents = (SELECT COUNT(*) FROM document_entities d WHERE d.entity_id = e.id)
                AND e.events = (SELECT COUNT(DISTINCT a.event_id) FROM event_actors a WHERE a.entity_id = e.id)),
                SUM(e.documents > 0)
            FROM entities e
            """;
        using SqliteDataReader row = command.ExecuteReader();
        Assert.True(row.Read());
        Assert.True(row.GetInt64(0) > 5);
        Assert.Equal(row.GetInt64(0), row.GetInt64(1));
        Assert.Equal(row.GetInt64(0), row.GetInt64(2));
    }
}
