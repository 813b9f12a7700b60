using System.Globalization;
using Kronika.Store;

namespace Kronika.Cli.Bench;

/// <summary>
/// The main read routes of the archive with realistic arguments taken from the archive itself: events by
/// its most mentioned person, events of one type in one year, that person's entity page, quotations by them,
/// denied claims, a search for their name, the newest documents and the counts. Each route is both an HTTP
/// path (for <c>bench serve</c>) and the store call behind it (for <c>bench archive</c>).
/// </summary>
internal sealed record ReadRoute(string Name, string Path, Func<IArchiveStore, object?> Query)
{
    public static IReadOnlyList<ReadRoute> Pick(IArchiveStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArchiveEntity? person = store.Entities(new EntityQuery(Type: "PERSON", Page: new PageRequest(0, 1))).Items.FirstOrDefault()
            ?? store.Entities(new EntityQuery(Page: new PageRequest(0, 1))).Items.FirstOrDefault();
        string actor = person?.Id.ToString(CultureInfo.InvariantCulture) ?? "0";
        ArchiveEvent? sample = store.Events(new EventQuery(Actor: actor, Page: new PageRequest(0, 1))).Items.FirstOrDefault()
            ?? store.Events(new EventQuery(Page: new PageRequest(0, 1))).Items.FirstOrDefault();
        string type = sample?.Type ?? "CONSULT";
        // The year of the newest article: a year news is about, not the oldest date some article mentions.
        int year = store.Stats().LastDate is { Length: >= 4 } last && int.TryParse(last.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int y) ? y : DateTime.UtcNow.Year;
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        // The last word of the name: how people search for someone (a surname, a country).
        string word = person?.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1] ?? "a";
        string escaped = Uri.EscapeDataString(word);
        return
        [
            new("events by actor", $"/api/events?actor={actor}", s => s.Events(new EventQuery(Actor: actor))),
            new("events by type + year", $"/api/events?type={type}&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}", s => s.Events(new EventQuery(Type: type, From: from, To: to))),
            new("entity", $"/api/entities/{actor}", s => s.Entity(actor)),
            new("quotes by speaker", $"/api/quotes?speaker={actor}", s => s.Quotes(new QuoteQuery(Speaker: actor))),
            new("denied claims", "/api/claims?denied=true", s => s.Claims(new ClaimQuery(Denied: true))),
            new("search", $"/api/search?q={escaped}", s => s.Search(word, new PageRequest())),
            new("documents", "/api/documents", s => s.Documents(new DocumentQuery())),
            new("stats", "/api/stats", s => s.Stats()),
        ];
    }
}
