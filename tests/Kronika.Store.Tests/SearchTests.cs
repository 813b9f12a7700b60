namespace Kronika.Store.Tests;

/// <summary>Full-text search, with the words users type and the words attackers type.</summary>
public sealed class SearchTests(SampleArchiveFixture samples) : IClassFixture<SampleArchiveFixture>
{
    private readonly IArchiveStore store = samples.Store;

    [Fact]
    public void Search_finds_articles_quotations_and_claims_with_marked_snippets()
    {
        Page<SearchHit> hits = store.Search("ostrzelało", new PageRequest());
        Assert.Contains(hits.Items, h => h.Kind == "document");
        Assert.Contains(hits.Items, h => h.Kind == "claim");
        Assert.All(hits.Items, h => Assert.Contains("[ostrzelało]", h.Snippet, StringComparison.Ordinal));
        Assert.Contains(store.Search("prowokacją", new PageRequest()).Items, h => h.Kind == "quote");
    }

    [Fact]
    public void Words_match_as_prefixes_without_diacritics_and_all_must_occur()
    {
        Assert.True(store.Search("porozumieni", new PageRequest()).Total >= 4);
        Assert.Equal(store.Search("przesmyku", new PageRequest()).Total, store.Search("PRZESMYKU", new PageRequest()).Total);
        Assert.True(store.Search("umowe obronna", new PageRequest()).Total >= 1);
        Assert.Equal(0, store.Search("porozumienie kaliningrad", new PageRequest()).Total);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("umowa\" OR \"x")]
    [InlineData("NEAR(umowa porozumienie)")]
    [InlineData("umowa*")]
    [InlineData("-umowa")]
    [InlineData("umowa AND NOT sojusz")]
    [InlineData("title:umowa")]
    [InlineData("^umowa")]
    [InlineData("(umowa")]
    [InlineData("'; DROP TABLE documents; --")]
    [InlineData("\" OR 1=1 --")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("***")]
    [InlineData("{col1 col2}: umowa")]
    public void Hostile_input_is_searched_as_words_and_breaks_nothing(string words)
    {
        Page<SearchHit> hits = store.Search(words, new PageRequest());
        Assert.True(hits.Total >= hits.Items.Count);
        Assert.Equal(6, store.Stats().Documents);
        Assert.True(store.Search("umowa", new PageRequest()).Total > 0);
    }

    [Fact]
    public void FTS_operators_are_plain_words()
    {
        Assert.Equal(store.Search("umowa", new PageRequest()).Total, store.Search("umowa*", new PageRequest()).Total);
        Assert.Equal(0, store.Search("umowa OR kaliningrad", new PageRequest()).Total);
        Assert.Null(FullTextQuery.Build("\"*()"));
        Assert.Equal("\"umowa\"* \"OR\"* \"x\"*", FullTextQuery.Build("umowa\" OR \"x"));
    }

    [Fact]
    public void Search_pages_with_the_total()
    {
        Page<SearchHit> all = store.Search("Litwy", new PageRequest(0, 100));
        Page<SearchHit> second = store.Search("Litwy", new PageRequest(1, 1));
        Assert.Equal(all.Total, second.Total);
        Assert.Equal(all.Items[1], Assert.Single(second.Items));
    }

    [Theory]
    [InlineData("'; DROP TABLE events; --")]
    [InlineData("%")]
    [InlineData("\" OR 1=1")]
    public void Hostile_filters_are_values_not_SQL(string value)
    {
        Assert.Equal(0, store.Events(new EventQuery(Actor: value, Type: value, Country: value, Status: value)).Total);
        Assert.Equal(0, store.Quotes(new QuoteQuery(Speaker: value)).Total);
        Assert.Null(store.Entity(value));
        Assert.True(store.Events(new EventQuery()).Total > 0);
    }
}
