namespace Kronika.Store;

/// <summary>What ingest knows about an article apart from its text.</summary>
/// <param name="Origin">Where it was read from: a path, a URL or <c>-</c>.</param>
/// <param name="Url">The canonical URL (from the page's metadata or the feed), else the address fetched.</param>
/// <param name="Outlet">The publisher (<c>source</c> in JSON Lines, the feed's title, else the URL's host): counts as one source when merging.</param>
/// <param name="Date">Publication date, the anchor of its relative time expressions.</param>
public sealed record ArticleMetadata(
    string Origin,
    string? Title = null,
    DateOnly? Date = null,
    string? Url = null,
    string? Outlet = null,
    string? Author = null);
