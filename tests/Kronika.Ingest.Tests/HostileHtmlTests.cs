namespace Kronika.Ingest.Tests;

/// <summary>Pages built to break a reader: each gives its text, or one failure, and never takes the process down.</summary>
public sealed class HostileHtmlTests
{
    [Fact]
    public void Ten_thousand_nested_elements_are_read()
    {
        using var temp = new TempFolder();
        string html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 10_000)) + "Głęboko ukryty tekst." + string.Concat(Enumerable.Repeat("</div>", 10_000)) + "</body></html>";
        Assert.Equal("Głęboko ukryty tekst.", Sources.Single(temp.Write("deep.html", html)).Text);
    }

    [Fact]
    public void A_page_that_is_almost_all_script_gives_its_little_text()
    {
        using var temp = new TempFolder();
        string script = "<script>" + string.Concat(Enumerable.Repeat("var a = '<p>nie tekst</p>';\n", 50_000)) + "</script>";
        string html = $"<html><head>{script}</head><body>{script}<p>Jedyne zdanie artykułu.</p>{script}</body></html>";
        Assert.Equal("Jedyne zdanie artykułu.", Sources.Single(temp.Write("script.html", html)).Text);
    }
}
