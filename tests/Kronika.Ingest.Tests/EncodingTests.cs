using System.Text;

namespace Kronika.Ingest.Tests;

/// <summary>Every supported encoding, from a BOM, an HTTP header, a meta tag, an XML declaration or the content.</summary>
public sealed class EncodingTests
{
    private const string Polish = "Ślązacy źle ocenili sąd. Ąś Źródło: żółć, gęś, jaźń, Łódź.";

    [Theory]
    [InlineData("utf-8", false)]
    [InlineData("utf-8", true)]
    [InlineData("utf-16", true)]
    [InlineData("windows-1250", false)]
    [InlineData("iso-8859-2", false)]
    public void Plain_text_in_each_encoding_is_detected(string encodingName, bool bom)
    {
        using var temp = new TempFolder();
        Encoding encoding = Encoding.GetEncoding(encodingName);
        byte[] bytes = [.. (bom ? encoding.GetPreamble() : []), .. encoding.GetBytes(Polish)];
        Assert.Equal(Polish, Sources.Single(temp.Write("a.txt", bytes)).Text);
    }

    [Fact]
    public void A_meta_charset_names_the_encoding_of_an_html_page()
    {
        using var temp = new TempFolder();
        string html = $"<html><head><meta charset=\"iso-8859-2\"><title>Tytuł</title></head><body><p>{Polish}</p></body></html>";
        SourceArticle article = Sources.Single(temp.Write("page.html", Encoding.GetEncoding("iso-8859-2").GetBytes(html)));
        Assert.Contains(Polish, article.Text);
        Assert.Equal("Tytuł", article.Metadata.Title);
    }

    [Fact]
    public void The_http_content_type_charset_is_used_for_fetched_pages()
    {
        byte[] body = Encoding.GetEncoding("windows-1250").GetBytes(Polish);
        using var server = new LocalHttpServer((_, stream, _) => LocalHttpServer.Respond(stream, 200, "text/plain; charset=windows-1250", body));
        Assert.Equal(Polish, Sources.Single(server.Url("/a")).Text);
    }

    [Fact]
    public void A_byte_order_mark_wins_over_a_wrong_declaration()
    {
        using var temp = new TempFolder();
        string html = $"<html><head><meta charset=\"windows-1250\"></head><body><p>{Polish}</p></body></html>";
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(html)];
        Assert.Contains(Polish, Sources.Single(temp.Write("page.html", bytes)).Text);
    }

    [Fact]
    public void A_declaration_the_bytes_contradict_is_ignored()
    {
        using var temp = new TempFolder();
        string html = $"<html><head><meta charset=\"utf-8\"></head><body><p>{Polish}</p></body></html>";
        Assert.Contains(Polish, Sources.Single(temp.Write("page.html", Encoding.GetEncoding("windows-1250").GetBytes(html))).Text);
    }

    // Noticed while writing the HTML generators: such a page was decoded as UTF-16 into unrelated characters.
    [Theory]
    [InlineData("utf-16")]
    [InlineData("UTF-16LE")]
    [InlineData("utf-32")]
    public void A_page_declaring_utf16_in_ascii_is_read_as_what_it_is(string charset)
    {
        using var temp = new TempFolder();
        string html = $"<html><head><meta charset=\"{charset}\"></head><body><p>{Polish}</p></body></html>";
        // Padded to a whole number of UTF-32 units, so that the wide encodings decode the bytes without an error.
        html += new string(' ', (4 - (Encoding.UTF8.GetByteCount(html) % 4)) % 4);
        Assert.Contains(Polish, Sources.Single(temp.Write("page.html", Encoding.UTF8.GetBytes(html))).Text);
    }

    [Fact]
    public void A_feed_is_decoded_by_its_xml_declaration()
    {
        using var temp = new TempFolder();
        string rss = $"""<?xml version="1.0" encoding="ISO-8859-2"?><rss version="2.0"><channel><title>Kanał</title><item><title>Łódź</title><description>{Polish}</description></item></channel></rss>""";
        IngestItem item = Assert.Single(Sources.ReadAll(new Kronika.Ingest.Sources.SourceOptions { FetchLinks = false }, temp.Write("feed.xml", Encoding.GetEncoding("iso-8859-2").GetBytes(rss))));
        Assert.Contains(Polish, item.Article!.Text);
        Assert.Equal("Kanał", item.Article.Metadata.Outlet);
    }

    [Fact]
    public void Text_is_normalised_to_nfc_before_hashing()
    {
        string decomposed = "Zaz\u0307o\u0301ł\u0107".Normalize(NormalizationForm.FormD);
        Core.Document document = Core.Document.Create(decomposed);
        Assert.Equal(decomposed.Normalize(NormalizationForm.FormC), document.Text);
        Assert.Equal(Core.Document.Create(decomposed.Normalize(NormalizationForm.FormC)).Sha256, document.Sha256);
    }
}
