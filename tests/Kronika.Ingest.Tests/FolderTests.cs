namespace Kronika.Ingest.Tests;

/// <summary>Folders: every file below, in the same order on every run, one bad file reported and the rest read.</summary>
public sealed class FolderTests
{
    [Fact]
    public void A_folder_is_read_recursively_in_ordinal_path_order_and_a_bad_file_does_not_stop_it()
    {
        using var temp = new TempFolder();
        temp.Write("b.txt", "Drugi.");
        temp.Write("a/z.txt", "Pierwszy.");
        string bad = temp.Write("c.bin", [0x00, 0x01, 0x02, 0xFF, 0x00]);
        temp.Write("d.txt", "Ostatni.");
        List<IngestItem> items = Sources.ReadAll(temp.Dir);
        Assert.Equal([Path.Combine(temp.Dir, "a", "z.txt"), Path.Combine(temp.Dir, "b.txt"), bad, Path.Combine(temp.Dir, "d.txt")], items.Select(i => i.Source));
        Assert.Equal(["Pierwszy.", "Drugi.", null, "Ostatni."], items.Select(i => i.Article?.Text));
        Assert.Contains("NUL bytes", items[2].Error);
    }

    [Fact]
    public void A_missing_path_is_one_failure()
    {
        using var temp = new TempFolder();
        IngestItem item = Assert.Single(Sources.ReadAll(Path.Combine(temp.Dir, "nie-ma")));
        Assert.Contains("no such file", item.Error);
    }

    [Fact]
    public void Plain_text_keeps_its_text_and_takes_its_first_line_as_title()
    {
        using var temp = new TempFolder();
        SourceArticle article = Sources.Single(temp.Write("a.txt", "Szczyt w Rzeszowie\n\nPremier spotkał się z prezydentem."));
        Assert.Equal("Szczyt w Rzeszowie", article.Metadata.Title);
        Assert.Equal("Szczyt w Rzeszowie\n\nPremier spotkał się z prezydentem.", article.Text);
    }
}
