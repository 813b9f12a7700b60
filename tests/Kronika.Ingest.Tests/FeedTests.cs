using Kronika.Ingest.Sources;

namespace Kronika.Ingest.Tests;

/// <summary>RSS and Atom: each item one article, from its content, its fetched page, or its title and description.</summary>
public sealed class FeedTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Gazeta RSS</title><link>https://example.pl/</link>
        <item><title>Pełny tekst</title><link>https://example.pl/1</link><pubDate>Thu, 20 Jun 2024 10:00:00 +0200</pubDate>
          <description>Zajawka.</description><content:encoded><![CDATA[<p>Pierwszy akapit.</p><p>Drugi akapit.</p>]]></content:encoded></item>
        <item><title>Tylko opis</title><link>LINK</link><pubDate>Fri, 21 Jun 2024 09:00:00 +0000</pubDate><description>&lt;b&gt;Krótki&lt;/b&gt; opis.</description></item>
        </channel></rss>
        """;

    [Fact]
    public void Rss_items_use_full_content_and_else_title_and_description_when_fetching_is_off()
    {
        using var temp = new TempFolder();
        List<IngestItem> items = Sources.ReadAll(new SourceOptions { FetchLinks = false }, temp.Write("feed.rss", Rss.Replace("LINK", "https://example.pl/2")));
        Assert.Equal(2, items.Count);
        SourceArticle full = items[0].Article!;
        Assert.Equal("Pierwszy akapit.\n\nDrugi akapit.", full.Text);
        Assert.Equal(("Pełny tekst", "https://example.pl/1", "Gazeta RSS", new DateOnly(2024, 6, 20)), (full.Metadata.Title!, full.Metadata.Url!, full.Metadata.Outlet!, full.Metadata.Date!.Value));
        Assert.Equal("Tylko opis\n\nKrótki opis.", items[1].Article!.Text);
        Assert.Equal(new DateOnly(2024, 6, 21), items[1].Article!.Metadata.Date);
    }

    [Fact]
    public void An_rss_item_without_content_is_read_from_its_fetched_link()
    {
        string page = "<html><head><meta property='og:title' content='Strona artykułu'></head><body><article>"
            + string.Concat(Enumerable.Repeat("<p>Treść pobranej strony, długa na tyle, by Readability uznał ją za artykuł prasowy.</p>", 6)) + "</article></body></html>";
        using var server = new LocalHttpServer((path, stream, _) => LocalHttpServer.Respond(stream, "text/html", page));
        using var temp = new TempFolder();
        List<IngestItem> items = Sources.ReadAll(temp.Write("feed.xml", Rss.Replace("LINK", server.Url("/artykul"))));
        SourceArticle fetched = items[1].Article!;
        Assert.StartsWith("Treść pobranej strony", fetched.Text);
        Assert.Equal("Strona artykułu", fetched.Metadata.Title);
        Assert.Equal(server.Url("/artykul"), fetched.Metadata.Url);
        Assert.Equal("Gazeta RSS", fetched.Metadata.Outlet);
    }

    [Fact]
    public void Atom_entries_are_articles_and_a_feed_is_recognised_whatever_its_name()
    {
        const string atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wiadomości</title>
            <entry><title>Wpis pierwszy</title><link href="https://example.pl/atom/1"/><published>2024-06-22T12:00:00Z</published>
              <author><name>Ewa</name></author><content type="html">&lt;p&gt;Treść wpisu.&lt;/p&gt;</content></entry>
            <entry><title>Wpis drugi</title><link href="https://example.pl/atom/2"/><updated>2024-06-23T12:00:00Z</updated><summary>Streszczenie.</summary></entry>
            </feed>
            """;
        using var temp = new TempFolder();
        List<IngestItem> items = Sources.ReadAll(new SourceOptions { FetchLinks = false }, temp.Write("atom.txt", atom));
        Assert.Equal(2, items.Count);
        Assert.Equal("Treść wpisu.", items[0].Article!.Text);
        Assert.Equal(("Wpis pierwszy", "https://example.pl/atom/1", "Atom Wiadomości", new DateOnly(2024, 6, 22)),
            (items[0].Article!.Metadata.Title!, items[0].Article!.Metadata.Url!, items[0].Article!.Metadata.Outlet!, items[0].Article!.Metadata.Date!.Value));
        Assert.Equal("Wpis drugi\n\nStreszczenie.", items[1].Article!.Text);
    }

    [Fact]
    public void A_feed_fetched_over_http_gives_its_items()
    {
        using var server = new LocalHttpServer((_, stream, _) => LocalHttpServer.Respond(stream, "application/rss+xml", Rss.Replace("LINK", "https://example.pl/2")));
        List<IngestItem> items = Sources.ReadAll(new SourceOptions { FetchLinks = false, Fetch = Sources.Loopback }, server.Url("/feed"));
        Assert.Equal(["Pełny tekst", "Tylko opis"], items.Select(i => i.Article!.Metadata.Title));
    }

    [Fact]
    public void A_broken_feed_is_one_failure()
    {
        using var temp = new TempFolder();
        string path = temp.Write("broken.xml", "<?xml version=\"1.0\"?><rss><channel><item><title>x</title>");
        IngestItem item = Assert.Single(Sources.ReadAll(path));
        Assert.Equal(path, item.Source);
        Assert.NotNull(item.Error);
    }

    [Fact]
    public void A_feed_that_breaks_off_keeps_the_items_before_the_break_and_fails_once()
    {
        using var temp = new TempFolder();
        string path = temp.Write("cut.xml", """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Ucięty</title>
            <item><title>Cały wpis</title><link>https://example.pl/a</link><description>Pierwszy opis.</description></item>
            <item><title>Urwany
            """);
        List<IngestItem> items = Sources.ReadAll(new SourceOptions { FetchLinks = false }, path);
        Assert.Equal(2, items.Count);
        Assert.Equal(("Cały wpis", "Ucięty"), (items[0].Article!.Metadata.Title!, items[0].Article!.Metadata.Outlet!));
        Assert.Null(items[1].Article);
        Assert.Equal(path + "#2", items[1].Source);
        Assert.Contains("not a readable RSS or Atom feed", items[1].Error);
    }

    [Fact]
    public void Rss_1_items_beside_the_channel_are_read()
    {
        const string rdf = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel rdf:about="https://example.pl/"><title>Kanał RDF</title><link>https://example.pl/</link><description>Opis kanału</description></channel>
            <item rdf:about="https://example.pl/r1"><title>Wpis RDF</title><link>https://example.pl/r1</link><description>Treść wpisu RDF.</description><dc:date>2024-06-19T08:00:00Z</dc:date></item>
            </rdf:RDF>
            """;
        using var temp = new TempFolder();
        IngestItem item = Assert.Single(Sources.ReadAll(new SourceOptions { FetchLinks = false }, temp.Write("rdf.xml", rdf)));
        Assert.Equal(("Wpis RDF", "https://example.pl/r1", "Kanał RDF"), (item.Article!.Metadata.Title!, item.Article.Metadata.Url!, item.Article.Metadata.Outlet!));
        Assert.Equal("Treść wpisu RDF.", item.Article.Text); // the feed library reads an RSS 1.0 description as the content
    }

    [Fact]
    public void A_document_that_is_no_feed_is_one_failure_naming_its_root()
    {
        using var temp = new TempFolder();
        string path = temp.Write("inne.xml", "<?xml version=\"1.0\"?><rss-lista><item><title>x</title></item></rss-lista>");
        IngestItem item = Assert.Single(Sources.ReadAll(new SourceOptions { FetchLinks = false }, path));
        Assert.NotNull(item.Error);
    }
}
