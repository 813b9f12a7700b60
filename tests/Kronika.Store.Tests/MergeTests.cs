namespace Kronika.Store.Tests;

/// <summary>The identity and merge rules of docs/archive.md, on articles whose facts are written by hand.</summary>
public sealed class MergeTests : IDisposable
{
    private readonly TempArchive archive = new();

    public void Dispose() => archive.Dispose();

    /// <summary>An article reporting talks between two heads of state, on a day, optionally somewhere.</summary>
    private static ArticleToStore Talks(int n, string? date, string outlet, string? place = null, string status = "asserted", string? published = "2026-11-24")
    {
        string text = $"Artykuł {n}: prezydenci Polski i Litwy rozmawiali" + (place is null ? "." : $" w mieście {place}.");
        var article = new HandMadeArticle(text, published, $"https://{outlet}.example/{n}", outlet);
        string pl = article.Entity("PERSON", "Karol Nawrocki", "POL", "person:nawrocki");
        string lt = article.Entity("PERSON", "Gitanas Nausėda", "LTU", "person:nauseda");
        string? where = place is null ? null : article.Entity("LOCATION", place, "LTU");
        article.Event("CONSULT", "040", "rozmawiali", [pl, lt], [pl, lt], date, where, status);
        return article.Build();
    }

    private void Put(params ArticleToStore[] articles) => archive.Store.PutMany(articles);

    private IReadOnlyList<ArchiveEvent> Events() => archive.Store.Events(new EventQuery()).Items;

    [Fact]
    public void Reports_a_day_apart_from_two_outlets_are_one_event()
    {
        Put(Talks(1, "2026-11-24", "gazeta"), Talks(2, "2026-11-25", "kurier"));
        ArchiveEvent e = Assert.Single(Events());
        Assert.Equal((2, 2, 2), (e.NumMentions, e.NumSources, e.NumArticles));
        Assert.Equal("2026-11-24", e.Date);
    }

    [Fact]
    public void Two_articles_of_one_outlet_are_one_source()
    {
        Put(Talks(1, "2026-11-24", "gazeta"), Talks(2, "2026-11-24", "gazeta"));
        ArchiveEvent e = Assert.Single(Events());
        Assert.Equal((2, 1, 2), (e.NumMentions, e.NumSources, e.NumArticles));
    }

    [Fact]
    public void Reports_two_days_apart_are_two_events()
    {
        Put(Talks(1, "2026-11-24", "gazeta"), Talks(2, "2026-11-26", "kurier"));
        Assert.Equal(2, Events().Count);
    }

    [Fact]
    public void Different_known_places_keep_events_apart_and_an_unknown_place_joins_either()
    {
        Put(Talks(1, "2026-11-24", "gazeta", "Wilno"), Talks(2, "2026-11-24", "kurier", "Kowno"));
        Assert.Equal(2, Events().Count);
        Put(Talks(3, "2026-11-24", "radio"));
        Assert.Equal(2, Events().Count);
        Assert.Equal(3, Events().Sum(e => e.NumArticles));
    }

    [Fact]
    public void Undated_reports_merge_only_within_their_article()
    {
        var article = new HandMadeArticle("Prezydenci rozmawiali. Potem znów rozmawiali.", null, "https://gazeta.example/9", "gazeta");
        string pl = article.Entity("PERSON", "Karol Nawrocki", "POL", "person:nawrocki");
        string lt = article.Entity("PERSON", "Gitanas Nausėda", "LTU", "person:nauseda");
        article.Event("CONSULT", "040", "rozmawiali", [pl, lt], [pl, lt], null);
        article.Event("CONSULT", "040", "znów rozmawiali", [pl, lt], [pl, lt], null);
        Put(article.Build(), Talks(2, null, "kurier"));
        var events = Events();
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.NumMentions == 2 && e.NumArticles == 1);
    }

    [Fact]
    public void Merging_does_not_depend_on_the_order_of_ingest()
    {
        ArticleToStore[] articles =
        [
            Talks(1, "2026-11-24", "gazeta", "Wilno"), Talks(2, "2026-11-25", "kurier"), Talks(3, "2026-11-24", "radio", "Kowno"),
            Talks(4, "2026-11-28", "portal"), Talks(5, "2026-11-24", "tygodnik", "Wilno"),
        ];
        Put(articles);
        var forward = Groups();
        using var reversed = new TempArchive();
        reversed.Store.PutMany([.. articles.Reverse()]);
        Assert.Equal(forward, Groups(reversed.Store));

        List<string> Groups(IArchiveStore? store = null) =>
            [.. (store ?? archive.Store).Events(new EventQuery()).Items
                .Select(e => $"{e.Date} {e.Location?.Name} {string.Join(',', e.Mentions.Select(m => m.Url).Order(StringComparer.Ordinal))}")
                .Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void An_event_is_asserted_when_any_report_asserts_it_else_takes_the_commonest_status()
    {
        Put(Talks(1, "2026-11-24", "gazeta", status: "claimed"), Talks(2, "2026-11-24", "kurier", status: "future"), Talks(3, "2026-11-24", "radio", status: "future"));
        Assert.Equal("future", Assert.Single(Events()).Status);
        Put(Talks(4, "2026-11-24", "portal"));
        Assert.Equal("asserted", Assert.Single(Events()).Status);
    }

    [Fact]
    public void Entities_without_a_knowledge_id_merge_by_type_base_form_and_country()
    {
        ArticleToStore Person(int n, string name, string country)
        {
            var article = new HandMadeArticle($"Artykuł {n}. {name} przemawiał.", url: $"https://x.example/{n}", outlet: "x");
            article.Entity("PERSON", name, country);
            return article.Build();
        }

        Put(Person(1, "Jan Kowalski", "POL"), Person(2, "jan  KOWALSKI", "POL"), Person(3, "Jan Kowalski", "CZE"));
        var entities = archive.Store.Entities(new EntityQuery(Name: "kowalski")).Items;
        Assert.Equal(2, entities.Count);
        Assert.Equal(2, entities.Single(e => e.Country == "POL").Documents);
        Assert.Equal("PERSON|jan kowalski|POL", entities.Single(e => e.Country == "POL").Key);
    }

    [Fact]
    public void A_claim_repeated_by_two_outlets_is_one_claim_and_a_denial_anywhere_attaches()
    {
        ArticleToStore Claimed(int n, string outlet, string status)
        {
            var article = new HandMadeArticle($"Artykuł {n}. Litwa twierdzi, że Rosja ostrzelała posterunek.", "2026-11-24", $"https://{outlet}.example/{n}", outlet);
            string lt = article.Entity("COUNTRY", "Litwa", "LTU", "country:LTU");
            string ru = article.Entity("COUNTRY", "Rosja", "RUS", "country:RUS");
            string v = article.Event("ASSAULT", "194", "ostrzelała", [ru], [], "2026-11-23", status: status, claimedBy: status == "denied" ? [ru] : [lt]);
            if (status == "claimed")
            {
                article.Claim(v, "Rosja ostrzelała posterunek", [lt]);
            }

            return article.Build();
        }

        Put(Claimed(1, "gazeta", "claimed"), Claimed(2, "kurier", "claimed"));
        ArchiveClaim claim = Assert.Single(archive.Store.Claims(new ClaimQuery()).Items);
        Assert.Equal(2, claim.Reports.Count);
        Assert.Empty(claim.Denials);
        Assert.Empty(archive.Store.Claims(new ClaimQuery(Denied: true)).Items);
        Assert.Equal(claim.Reports[0].Text.Text, "Artykuł 1. Litwa twierdzi, że Rosja ostrzelała posterunek."[claim.Reports[0].Text.Start..claim.Reports[0].Text.End]);

        Put(Claimed(3, "radio", "denied"));
        claim = Assert.Single(archive.Store.Claims(new ClaimQuery(Denied: true)).Items);
        Assert.Equal("Rosja", Assert.Single(Assert.Single(claim.Denials).DeniedBy).Name);
        Assert.Equal("radio", claim.Denials[0].Outlet);
        Assert.Empty(archive.Store.Claims(new ClaimQuery(Denied: false)).Items);
        Assert.Equal(3, archive.Store.Event(claim.EventId)!.NumSources);
    }
}
