namespace Kronika.Store.Tests;

/// <summary>Every filter of the queries, on the sample articles.</summary>
public sealed class QueryTests(SampleArchiveFixture samples) : IClassFixture<SampleArchiveFixture>
{
    private readonly IArchiveStore store = samples.Store;

    private List<string> EventTypes(EventQuery query) => [.. store.Events(query).Items.Select(e => e.Type).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("Gitanas Nausėda")]
    [InlineData("nauseda")]
    [InlineData("NAUSĖDA")]
    [InlineData("person:nauseda")]
    public void Events_by_actor_accept_a_name_in_any_case_without_diacritics_or_a_knowledge_id(string actor) =>
        Assert.Equal(["AGREE", "CONSULT"], EventTypes(new EventQuery(Actor: actor)));

    [Fact]
    public void Events_by_actor_accept_an_archive_id_and_an_unknown_actor_matches_nothing()
    {
        long id = store.Entities(new EntityQuery(Type: "COUNTRY", Name: "Rosja")).Items.Single().Id;
        // Lithuania's accusation names no addressee in its clause: the story's other side, Russia, is its target.
        Assert.Equal(["ACCUSE", "ASSAULT", "REJECT"], EventTypes(new EventQuery(Actor: id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Page<ArchiveEvent> none = store.Events(new EventQuery(Actor: "Nikt Taki"));
        Assert.Equal(0, none.Total);
        Assert.Empty(none.Items);
    }

    [Theory]
    [InlineData("CONSULT", "CONSULT")]
    [InlineData("consult", "CONSULT")]
    [InlineData("04", "CONSULT")]
    [InlineData("057", "AGREE")]
    [InlineData("19", "ASSAULT")]
    public void Events_by_PLOVER_type_or_CAMEO_prefix(string type, string expected) =>
        Assert.Equal([expected], EventTypes(new EventQuery(Type: type)));

    [Fact]
    public void Events_by_date_range()
    {
        Assert.Equal(["ACCUSE", "ASSAULT"], EventTypes(new EventQuery(To: new DateOnly(2026, 11, 23))));
        Assert.Equal(["AGREE", "CONSULT", "COOPERATE", "REJECT"], EventTypes(new EventQuery(From: new DateOnly(2026, 11, 24), To: new DateOnly(2026, 11, 24))));
        Assert.Empty(EventTypes(new EventQuery(From: new DateOnly(2026, 11, 25))));
    }

    [Fact]
    public void Events_by_country_and_status()
    {
        // Lithuania's announced joint exercises "z polskim wojskiem" (COOPERATE) involve Poland too.
        Assert.Equal(["AGREE", "CONSULT", "COOPERATE"], EventTypes(new EventQuery(Country: "pol")));
        Assert.Equal(["ACCUSE", "ASSAULT", "REJECT"], EventTypes(new EventQuery(Country: "RUS")));
        Assert.Equal(["ASSAULT"], EventTypes(new EventQuery(Status: "claimed")));
        Assert.Equal(["ASSAULT"], EventTypes(new EventQuery(Actor: "Rosja", Status: "claimed", Type: "ASSAULT")));
    }

    [Fact]
    public void Events_come_in_pages_with_the_total()
    {
        Page<ArchiveEvent> all = store.Events(new EventQuery());
        Page<ArchiveEvent> page = store.Events(new EventQuery(Page: new PageRequest(1, 2)));
        Assert.Equal(all.Total, page.Total);
        Assert.Equal(all.Items.Skip(1).Take(2).Select(e => e.Id), page.Items.Select(e => e.Id));
        Assert.Equal(all.Items.Select(e => e.Date).Order(StringComparer.Ordinal), all.Items.Select(e => e.Date));
        Assert.Equal(PageRequest.MaxLimit, store.Events(new EventQuery(Page: new PageRequest(-5, 100_000))).Limit);
    }

    [Fact]
    public void An_event_keeps_every_report_with_its_trigger_and_sentence()
    {
        ArchiveEvent meeting = store.Events(new EventQuery(Type: "CONSULT")).Items.Single();
        foreach (EventMention mention in meeting.Mentions)
        {
            StoredDocument document = store.Document(mention.DocumentId)!;
            Assert.Equal(mention.Trigger.Text, document.Text[mention.Trigger.Start..mention.Trigger.End]);
            Assert.Equal(mention.Sentence.Text, document.Text[mention.Sentence.Start..mention.Sentence.End]);
            Assert.Contains(document.Extraction.Events, e => e.Id == mention.LocalId);
        }

        Assert.Equal(4, meeting.Mentions.Select(m => m.Outlet).Distinct().Count());
    }

    [Fact]
    public void Entities_by_type_country_and_name()
    {
        Assert.Equal(["Gitanas Nausėda", "Karol Nawrocki"], store.Entities(new EntityQuery(Type: "person")).Items.Select(e => e.Name).Where(n => n != "Maria Zacharowa").Order());
        Assert.All(store.Entities(new EntityQuery(Country: "LTU")).Items, e => Assert.Equal("LTU", e.Country));
        Assert.Contains(store.Entities(new EntityQuery(Country: "LTU")).Items, e => e.Name == "Wilno");
        Assert.Equal("Karol Nawrocki", Assert.Single(store.Entities(new EntityQuery(Name: "nawr")).Items).Name);
        Assert.Empty(store.Entities(new EntityQuery(Name: "%")).Items);
        Assert.Empty(store.Entities(new EntityQuery(Name: "_")).Items);
    }

    [Fact]
    public void An_entity_record_has_its_names_roles_and_partners()
    {
        ArchiveEntityRecord record = store.Entity("nawrocki")!;
        Assert.Equal("person:nawrocki", record.Entity.KnowledgeId);
        Assert.Equal("Karol Nawrocki", record.Names[0]);
        Assert.Contains("Nawrocki", record.Names);
        Assert.Contains(record.Roles, r => r.StartsWith("prezydent", StringComparison.Ordinal));
        Partner partner = record.Partners[0];
        Assert.Equal("Gitanas Nausėda", partner.Entity.Name);
        Assert.Equal(2, partner.Events);
        Assert.Equal(record.Entity.Id, store.Entity(record.Entity.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))!.Entity.Id);
        Assert.Null(store.Entity("Nikt Taki"));
    }

    [Fact]
    public void Quotes_by_speaker_and_words()
    {
        ArchiveQuote quote = Assert.Single(store.Quotes(new QuoteQuery(Speaker: "Karol Nawrocki")).Items);
        Assert.Equal("To dzień ważny dla bezpieczeństwa całego regionu", quote.Text);
        Assert.True(quote.Direct);
        Assert.Equal("Gazeta Nadbałtycka", quote.Outlet);
        Assert.Equal(quote.Id, Assert.Single(store.Quotes(new QuoteQuery(Text: "bezpieczenstwa regionu")).Items).Id);
        Assert.Empty(store.Quotes(new QuoteQuery(Speaker: "Nawrocki", Text: "sojusz")).Items);
        Assert.Contains(store.Quotes(new QuoteQuery(Speaker: "nauseda")).Items, q => q.Text.Contains("sojusz", StringComparison.Ordinal));
        Assert.Empty(store.Quotes(new QuoteQuery(Text: "\"*")).Items);
    }

    [Fact]
    public void Claims_denied_or_not_and_by_actor()
    {
        Page<ArchiveClaim> all = store.Claims(new ClaimQuery());
        Page<ArchiveClaim> denied = store.Claims(new ClaimQuery(Denied: true));
        Page<ArchiveClaim> open = store.Claims(new ClaimQuery(Denied: false));
        Assert.Equal(all.Total, denied.Total + open.Total);
        Assert.Single(denied.Items);
        Assert.Equal(denied.Items[0].Id, Assert.Single(store.Claims(new ClaimQuery(Denied: true, Actor: "Litwa")).Items).Id);
        Assert.Empty(store.Claims(new ClaimQuery(Actor: "Karol Nawrocki")).Items);
    }

    [Fact]
    public void Documents_by_outlet_and_date_and_one_document_with_its_extraction()
    {
        Page<DocumentSummary> gazeta = store.Documents(new DocumentQuery(Outlet: "Gazeta Nadbałtycka"));
        Assert.Equal(2, gazeta.Total);
        Assert.Equal(2, store.Documents(new DocumentQuery(From: new DateOnly(2026, 11, 25))).Total);
        Assert.Equal(4, store.Documents(new DocumentQuery(To: new DateOnly(2026, 11, 24))).Total);
        DocumentSummary summary = gazeta.Items.First();
        StoredDocument document = store.Document(summary.Id)!;
        ArticleToStore original = SampleArchive.Articles.Single(a => a.Article.Url == summary.Url);
        Assert.Equal(original.Text, document.Text);
        Assert.Equal(original.Extraction.Entities.Length, document.Extraction.Entities.Length);
        Assert.Equal(original.Extraction.Events.Select(e => e.Trigger), document.Extraction.Events.Select(e => e.Trigger));
        Assert.Null(store.Document(999_999));
    }

    [Fact]
    public void Stats_count_the_archive()
    {
        ArchiveStats stats = store.Stats();
        Assert.Equal(6, stats.Documents);
        Assert.Equal(4, stats.Outlets);
        Assert.Equal("2026-11-24", stats.FirstDate);
        Assert.Equal("2026-11-25", stats.LastDate);
        Assert.Equal(store.Events(new EventQuery()).Total, stats.Events);
        Assert.Equal(store.Events(new EventQuery()).Items.Sum(e => e.NumMentions), stats.EventMentions);
    }
}
