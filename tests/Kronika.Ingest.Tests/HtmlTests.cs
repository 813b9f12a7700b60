using Kronika.Store;

namespace Kronika.Ingest.Tests;

/// <summary>HTML pages: the article body without the page around it, and the metadata from meta tags and JSON-LD.</summary>
public sealed class HtmlTests
{
    private static string Body => string.Concat(Enumerable.Range(1, 6).Select(i =>
        $"<p>Akapit {i}: premier spotkał się w Rzeszowie z prezydentem Ukrainy, by rozmawiać o pomocy wojskowej i odbudowie kraju po wojnie.</p>"));

    private const string Navigation = "<nav><ul><li><a href='/'>Strona główna</a></li><li><a href='/sport'>Sport</a></li></ul></nav>";

    [Fact]
    public void Meta_tags_give_title_date_author_and_canonical_url()
    {
        using var temp = new TempFolder();
        string html = $"""
            <!DOCTYPE html><html><head><title>Strona | Portal</title>
            <meta property="og:title" content="Szczyt w Rzeszowie">
            <meta property="article:published_time" content="2024-06-20T23:30:00+02:00">
            <meta name="author" content="Anna Nowak">
            <meta property="og:site_name" content="Gazeta Testowa">
            <link rel="canonical" href="https://example.pl/artykul/1">
            </head><body>{Navigation}<article>{Body}</article><footer>© Portal</footer></body></html>
            """;
        string path = temp.Write("a.html", html);
        SourceArticle article = Sources.Single(path);
        Assert.Equal(new ArticleMetadata(path, "Szczyt w Rzeszowie", new DateOnly(2024, 6, 20), "https://example.pl/artykul/1", "Gazeta Testowa", "Anna Nowak"), article.Metadata);
        Assert.Contains("Akapit 1: premier spotkał się w Rzeszowie", article.Text);
        Assert.Contains("Akapit 6", article.Text);
        Assert.DoesNotContain("Strona główna", article.Text);
    }

    [Fact]
    public void Json_ld_news_article_wins_over_meta_tags()
    {
        using var temp = new TempFolder();
        string html = $$"""
            <html><head><title>Inny tytuł</title>
            <meta property="article:published_time" content="2020-01-01">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Portal"},
              {"@type":"NewsArticle","headline":"Nagłówek z JSON-LD","datePublished":"2024-06-21T08:00:00Z",
               "author":[{"@type":"Person","name":"Jan Kowalski"}],"publisher":{"@type":"Organization","name":"Wydawca"},
               "url":"https://example.pl/a/2"}]}</script>
            </head><body><div>{{Body}}</div></body></html>
            """;
        string path = temp.Write("b.htm", html);
        Assert.Equal(new ArticleMetadata(path, "Nagłówek z JSON-LD", new DateOnly(2024, 6, 21), "https://example.pl/a/2", "Wydawca", "Jan Kowalski"), Sources.Single(path).Metadata);
    }

    [Fact]
    public void Html_is_recognised_by_content_whatever_the_extension()
    {
        using var temp = new TempFolder();
        SourceArticle article = Sources.Single(temp.Write("saved.txt", $"<!doctype html><html><body><script>var x = 1;</script><p>Krótka wiadomość o pogodzie.</p></body></html>"));
        Assert.Equal("Krótka wiadomość o pogodzie.", article.Text);
    }

    [Fact]
    public void A_fetched_page_without_canonical_link_keeps_its_address_and_host_as_outlet()
    {
        using var server = new LocalHttpServer((_, stream, _) => LocalHttpServer.Respond(stream, "text/html; charset=utf-8", $"<html><body><article>{Body}</article></body></html>"));
        SourceArticle article = Sources.Single(server.Url("/news/1"));
        Assert.Equal(server.Url("/news/1"), article.Metadata.Url);
        Assert.Equal("127.0.0.1", article.Metadata.Outlet);
        Assert.StartsWith("Akapit 1", article.Text);
    }
}
