using System.Net;
using System.Text.Json;
using Kronika.Store;

namespace Kronika.Server.Tests;

/// <summary>Every read route over the sample articles, stored through the real pipeline in a real SQLite file.</summary>
[Collection(SampleArchiveCollection.Name)]
public sealed class ReadRouteTests(SampleArchive archive)
{
    private HttpClient Client => archive.Server.Client;

    [Fact]
    public async Task Stats_count_what_was_stored()
    {
        ArchiveStats stats = await Api.GetAsync<ArchiveStats>(Client, "/api/stats");
        Assert.Equal(archive.Articles, stats.Documents);
        Assert.True(archive.Articles >= 10);
        Assert.Equal(SampleArticles.All().Select(a => a.Article.Outlet).Distinct().Count(), stats.Outlets);
        Assert.True(stats.Events > 0 && stats.Entities > 0 && stats.Quotes > 0, $"{stats}");
    }

    [Fact]
    public async Task Documents_are_listed_in_pages()
    {
        Page<DocumentSummary> all = await Api.GetAsync<Page<DocumentSummary>>(Client, "/api/documents?limit=1000");
        Assert.Equal(archive.Articles, all.Total);
        Assert.Equal(all.Total, all.Items.Count);
        Page<DocumentSummary> second = await Api.GetAsync<Page<DocumentSummary>>(Client, "/api/documents?offset=2&limit=3");
        Assert.Equal(3, second.Items.Count);
        Assert.Equal(all.Items.Skip(2).Take(3).Select(d => d.Id), second.Items.Select(d => d.Id));
        Page<DocumentSummary> sample = await Api.GetAsync<Page<DocumentSummary>>(Client, "/api/documents?outlet=Pr%C3%B3bka");
        Assert.Equal("Próbka", Assert.Single(sample.Items).Outlet);
        Page<DocumentSummary> dated = await Api.GetAsync<Page<DocumentSummary>>(Client, "/api/documents?from=2024-01-01&to=2024-12-31&limit=1000");
        Assert.NotEmpty(dated.Items);
        Assert.All(dated.Items, d => Assert.StartsWith("2024-", d.Date, StringComparison.Ordinal));
        Assert.True(dated.Total < all.Total);
    }

    [Fact]
    public async Task A_document_has_its_text_and_spans_that_point_into_it()
    {
        Page<DocumentSummary> sample = await Api.GetAsync<Page<DocumentSummary>>(Client, "/api/documents?outlet=Pr%C3%B3bka");
        StoredDocument document = await Api.GetAsync<StoredDocument>(Client, $"/api/documents/{sample.Items[0].Id}");
        Assert.StartsWith("Szefowie dyplomacji", document.Text, StringComparison.Ordinal);
        Assert.Contains(document.Extraction.Entities, e => e.Name.Contains("Sikorski", StringComparison.Ordinal));
        Assert.NotEmpty(document.Extraction.Events);
        foreach (var mention in document.Extraction.Entities.SelectMany(e => e.Mentions))
        {
            Assert.Equal(mention.Text, document.Text[mention.Start..mention.End]);
        }

        foreach (var e in document.Extraction.Events)
        {
            Assert.Equal(e.Trigger.Text, document.Text[e.Trigger.Start..e.Trigger.End]);
        }
    }

    [Fact]
    public async Task Events_filter_by_actor_type_date_country_and_status()
    {
        Page<ArchiveEvent> all = await Api.GetAsync<Page<ArchiveEvent>>(Client, "/api/events?limit=1000");
        Assert.NotEmpty(all.Items);
        Assert.All(all.Items, e => Assert.NotEmpty(e.Mentions));

        ArchiveEntity actor = await BusiestActorAsync();
        Page<ArchiveEvent> byActor = await Api.GetAsync<Page<ArchiveEvent>>(Client, $"/api/events?actor={actor.Id}&limit=1000");
        Assert.NotEmpty(byActor.Items);
        Assert.All(byActor.Items, e => Assert.Contains(e.Source.Concat(e.Target), r => r.Id == actor.Id));
        Page<ArchiveEvent> byName = await Api.GetAsync<Page<ArchiveEvent>>(Client, $"/api/events?actor={Uri.EscapeDataString(actor.Name)}&limit=1000");
        Assert.Equal(byActor.Items.Select(e => e.Id), byName.Items.Select(e => e.Id));

        string type = all.Items[0].Type;
        Page<ArchiveEvent> byType = await Api.GetAsync<Page<ArchiveEvent>>(Client, $"/api/events?type={type}&limit=1000");
        Assert.All(byType.Items, e => Assert.Equal(type, e.Type));
        Assert.Contains(byType.Items, e => e.Id == all.Items[0].Id);

        ArchiveEvent dated = all.Items.First(e => e.Date is { Length: 10 }); // a day, not a month or a year
        string day = dated.Date!;
        Page<ArchiveEvent> byDate = await Api.GetAsync<Page<ArchiveEvent>>(Client, $"/api/events?from={day}&to={day}&limit=1000");
        Assert.Contains(byDate.Items, e => e.Id == dated.Id);
        Assert.All(byDate.Items, e => Assert.StartsWith(day, e.Date, StringComparison.Ordinal));

        ArchiveEvent withCountry = all.Items.First(e => e.Source.Concat(e.Target).Any(r => r.Country is not null));
        string country = withCountry.Source.Concat(withCountry.Target).First(r => r.Country is not null).Country!;
        Page<ArchiveEvent> byCountry = await Api.GetAsync<Page<ArchiveEvent>>(Client, $"/api/events?country={country}&limit=1000");
        Assert.Contains(byCountry.Items, e => e.Id == withCountry.Id);

        Page<ArchiveEvent> asserted = await Api.GetAsync<Page<ArchiveEvent>>(Client, "/api/events?status=asserted&limit=1000");
        Assert.All(asserted.Items, e => Assert.Equal("asserted", e.Status));
    }

    [Fact]
    public async Task An_event_reported_by_several_outlets_counts_its_sources()
    {
        Page<ArchiveEvent> all = await Api.GetAsync<Page<ArchiveEvent>>(Client, "/api/events?limit=1000");
        ArchiveEvent merged = all.Items.MaxBy(e => e.NumSources)!;
        Assert.True(merged.NumSources > 1, "no event merged across outlets");
        Assert.Equal(merged.NumSources, merged.Mentions.Select(m => m.Outlet).Distinct().Count());
        Assert.Equal(merged.NumArticles, merged.Mentions.Select(m => m.DocumentId).Distinct().Count());
    }

    [Fact]
    public async Task One_event_is_found_by_its_id()
    {
        Page<ArchiveEvent> first = await Api.GetAsync<Page<ArchiveEvent>>(Client, "/api/events?limit=1");
        ArchiveEvent expected = Assert.Single(first.Items);
        ArchiveEvent found = await Api.GetAsync<ArchiveEvent>(Client, $"/api/events/{expected.Id}");
        Assert.Equal(expected.Id, found.Id);
        Assert.Equal(expected.Type, found.Type);
        Assert.Equal(expected.Mentions.Count, found.Mentions.Count);
        await Api.AssertProblemAsync(await Client.GetAsync("/api/events/987654321"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Entities_are_listed_filtered_and_found_by_id_knowledge_id_or_name()
    {
        Page<ArchiveEntity> people = await Api.GetAsync<Page<ArchiveEntity>>(Client, "/api/entities?type=PERSON&limit=1000");
        Assert.NotEmpty(people.Items);
        Assert.All(people.Items, e => Assert.Equal("PERSON", e.Type));
        Page<ArchiveEntity> named = await Api.GetAsync<Page<ArchiveEntity>>(Client, "/api/entities?name=Sikorski");
        ArchiveEntity sikorski = Assert.Single(named.Items, e => e.Name.Contains("Sikorski", StringComparison.Ordinal));

        ArchiveEntityRecord byId = await Api.GetAsync<ArchiveEntityRecord>(Client, $"/api/entities/{sikorski.Id}");
        Assert.Equal(sikorski.Id, byId.Entity.Id);
        ArchiveEntityRecord byName = await Api.GetAsync<ArchiveEntityRecord>(Client, $"/api/entities/{Uri.EscapeDataString(sikorski.Name)}");
        Assert.Equal(sikorski.Id, byName.Entity.Id);

        ArchiveEntity actor = await BusiestActorAsync();
        ArchiveEntityRecord record = await Api.GetAsync<ArchiveEntityRecord>(Client, $"/api/entities/{actor.Id}");
        Assert.NotEmpty(record.Partners);

        Page<ArchiveEntity> all = await Api.GetAsync<Page<ArchiveEntity>>(Client, "/api/entities?limit=1000");
        ArchiveEntity? known = all.Items.FirstOrDefault(e => e.KnowledgeId is not null);
        Assert.NotNull(known);
        ArchiveEntityRecord byKnowledge = await Api.GetAsync<ArchiveEntityRecord>(Client, $"/api/entities/{Uri.EscapeDataString(known.KnowledgeId!)}");
        Assert.Equal(known.Id, byKnowledge.Entity.Id);
        Page<ArchiveEntity> countries = await Api.GetAsync<Page<ArchiveEntity>>(Client, "/api/entities?country=POL&limit=1000");
        Assert.All(countries.Items, e => Assert.Equal("POL", e.Country));

        await Api.AssertProblemAsync(await Client.GetAsync("/api/entities/nikt-taki-nie-istnieje"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Quotes_filter_by_speaker_and_words()
    {
        Page<ArchiveQuote> all = await Api.GetAsync<Page<ArchiveQuote>>(Client, "/api/quotes?limit=1000");
        Assert.NotEmpty(all.Items);
        ArchiveQuote attributed = all.Items.First(q => q.Speaker is not null);
        Page<ArchiveQuote> bySpeaker = await Api.GetAsync<Page<ArchiveQuote>>(Client, $"/api/quotes?speaker={attributed.Speaker!.Id}&limit=1000");
        Assert.Contains(bySpeaker.Items, q => q.Id == attributed.Id);
        Assert.All(bySpeaker.Items, q => Assert.Equal(attributed.Speaker.Id, q.Speaker?.Id));

        string word = attributed.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).OrderByDescending(w => w.Length).First().Trim('„', '”', ',', '.', '"');
        Page<ArchiveQuote> byWords = await Api.GetAsync<Page<ArchiveQuote>>(Client, $"/api/quotes?text={Uri.EscapeDataString(word)}&limit=1000");
        Assert.Contains(byWords.Items, q => q.Id == attributed.Id);
        Assert.All(byWords.Items, q => Assert.Contains(word, q.Text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Claims_list_their_reports_and_filter_on_denials()
    {
        Page<ArchiveClaim> all = await Api.GetAsync<Page<ArchiveClaim>>(Client, "/api/claims?limit=1000");
        Assert.All(all.Items, c => Assert.NotEmpty(c.Reports));
        Page<ArchiveClaim> denied = await Api.GetAsync<Page<ArchiveClaim>>(Client, "/api/claims?denied=true&limit=1000");
        Page<ArchiveClaim> undisputed = await Api.GetAsync<Page<ArchiveClaim>>(Client, "/api/claims?denied=false&limit=1000");
        Assert.All(denied.Items, c => Assert.NotEmpty(c.Denials));
        Assert.All(undisputed.Items, c => Assert.Empty(c.Denials));
        Assert.Equal(all.Total, denied.Total + undisputed.Total);
    }

    [Fact]
    public async Task Search_finds_words_in_articles()
    {
        Page<SearchHit> hits = await Api.GetAsync<Page<SearchHit>>(Client, "/api/search?q=Rzesz%C3%B3w");
        Assert.Contains(hits.Items, h => h.Kind == "document" && h.DocumentTitle!.StartsWith("Szefowie dyplomacji", StringComparison.Ordinal));
        await Api.AssertProblemAsync(await Client.GetAsync("/api/search"), HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/api/events?from=2024-13-45", "from")]
    [InlineData("/api/events?to=wczoraj", "to")]
    [InlineData("/api/events?from=2024-05-02&to=2024-05-01", "from")]
    [InlineData("/api/events?limit=1001", "limit")]
    [InlineData("/api/events?limit=0", "limit")]
    [InlineData("/api/documents?offset=-1", "offset")]
    [InlineData("/api/quotes?limit=ten", "limit")]
    [InlineData("/api/events?status=rumoured", "status")]
    [InlineData("/api/claims?denied=maybe", "denied")]
    public async Task Invalid_query_values_are_400_problems_naming_the_value(string path, string name)
    {
        JsonElement problem = await Api.AssertProblemAsync(await Client.GetAsync(path), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(name, out _), problem.ToString());
    }

    [Fact]
    public async Task Unknown_addresses_are_404_problems()
    {
        await Api.AssertProblemAsync(await Client.GetAsync("/api/nothing-here"), HttpStatusCode.NotFound);
        await Api.AssertProblemAsync(await Client.GetAsync("/api/documents/987654321"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_every_route()
    {
        using JsonDocument openApi = JsonDocument.Parse(await Client.GetStringAsync("/openapi.json"));
        JsonElement paths = openApi.RootElement.GetProperty("paths");
        foreach (string path in new[] { "/api/documents", "/api/documents/{id}", "/api/events", "/api/events/{id}", "/api/entities", "/api/entities/{id}", "/api/quotes", "/api/claims", "/api/search", "/api/stats" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in /openapi.json");
        }

        Assert.True(paths.GetProperty("/api/documents").TryGetProperty("post", out _));
    }

    [Fact]
    public async Task The_web_UI_is_served_with_a_strict_content_policy()
    {
        using HttpResponseMessage index = await Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.Equal("text/html", index.Content.Headers.ContentType?.MediaType);
        string html = await index.Content.ReadAsStringAsync();
        Assert.Contains("app.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("//cdn", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("script-src 'self'", index.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", index.Headers.GetValues("X-Content-Type-Options").Single());
        foreach (string file in new[] { "/app.js", "/dom.js", "/timeline.js", "/actor.js", "/network.js", "/quotes.js", "/claims.js", "/documents.js", "/search.js", "/app.css" })
        {
            using HttpResponseMessage response = await Client.GetAsync(file);
            Assert.True(response.StatusCode == HttpStatusCode.OK, file);
        }

        Assert.False(index.Headers.Contains("Server"));
    }

    /// <summary>The actor on the most archive events: the one the filters and the browser test follow.</summary>
    internal static async Task<ArchiveEntity> BusiestActorAsync(HttpClient client)
    {
        Page<ArchiveEntity> all = await Api.GetAsync<Page<ArchiveEntity>>(client, "/api/entities?limit=1000");
        return all.Items.OrderByDescending(e => e.Events).ThenBy(e => e.Id).First();
    }

    private Task<ArchiveEntity> BusiestActorAsync() => BusiestActorAsync(Client);
}
