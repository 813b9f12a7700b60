namespace Kronika.Store;

/// <summary>A window of results: <paramref name="Offset"/> rows skipped, at most <paramref name="Limit"/> returned.</summary>
public sealed record PageRequest(int Offset = 0, int Limit = 50)
{
    public const int MaxLimit = 1000;
}

/// <summary>One window of a result set and the size of the whole set.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Offset, int Limit);

public sealed record DocumentQuery(string? Outlet = null, DateOnly? From = null, DateOnly? To = null, PageRequest? Page = null);

/// <summary>Filters of <c>kronika events</c> and <c>/api/events</c>; every filter given must hold.</summary>
/// <param name="Actor">An entity (id, knowledge-base id or name) on either side.</param>
/// <param name="Type">PLOVER type (<c>CONSULT</c>) or CAMEO code prefix (<c>04</c>).</param>
/// <param name="Country">ISO 3166-1 alpha-3 of an actor on either side, or of the place.</param>
/// <param name="Status">asserted, negated, claimed, denied, hypothetical, conditional, future.</param>
public sealed record EventQuery(
    string? Actor = null,
    string? Type = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Country = null,
    string? Status = null,
    PageRequest? Page = null);

public sealed record EntityQuery(string? Type = null, string? Country = null, string? Name = null, PageRequest? Page = null);

public sealed record QuoteQuery(string? Speaker = null, string? Text = null, PageRequest? Page = null);

public sealed record ClaimQuery(bool? Denied = null, string? Actor = null, PageRequest? Page = null);
