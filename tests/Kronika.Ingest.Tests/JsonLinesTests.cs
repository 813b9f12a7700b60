namespace Kronika.Ingest.Tests;

public sealed class JsonLinesTests
{
    [Fact]
    public void Each_line_is_an_article_and_a_bad_line_is_reported_with_its_number()
    {
        using var temp = new TempFolder();
        string path = temp.Write("articles.jsonl", """
            {"title": "Pierwszy", "text": "Premier przyjechał do Rzeszowa.", "date": "2024-06-20", "url": "https://example.pl/1", "source": "Gazeta"}
            {"title": "Zepsuty", "text": "brak cudzysłowu}

            {"text": "Drugi artykuł bez metadanych."}
            {"title": "Bez tekstu"}
            {"text": "Zła data.", "date": "wczoraj"}
            """);
        List<IngestItem> items = Sources.ReadAll(path);
        Assert.Equal(5, items.Count);
        SourceArticle first = items[0].Article!;
        Assert.Equal(("Pierwszy", "Premier przyjechał do Rzeszowa.", new DateOnly(2024, 6, 20), "https://example.pl/1", "Gazeta"),
            (first.Metadata.Title, first.Text, first.Metadata.Date!.Value, first.Metadata.Url!, first.Metadata.Outlet!));
        Assert.Equal($"{path}:2", items[1].Source);
        Assert.Contains("not valid JSON", items[1].Error);
        Assert.Equal("Drugi artykuł bez metadanych.", items[2].Article!.Text);
        Assert.Equal($"{path}:4", items[2].Source);
        Assert.Equal($"{path}:5", items[3].Source);
        Assert.Contains("text", items[3].Error);
        Assert.Contains("wczoraj", items[4].Error);
    }

    [Fact]
    public void Json_lines_are_recognised_by_content()
    {
        using var temp = new TempFolder();
        SourceArticle article = Sources.Single(temp.Write("dump.txt", "{\"text\": \"Treść.\", \"title\": \"T\"}\n"));
        Assert.Equal(("Treść.", "T"), (article.Text, article.Metadata.Title!));
    }
}
