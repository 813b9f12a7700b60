using System.Collections.Immutable;

namespace Kronika.Polish.Knowledge;

/// <summary>A state or territory (<c>data/kb/countries.txt</c>).</summary>
/// <param name="Code">ISO 3166-1 alpha-3.</param>
public sealed record Country(
    string Code,
    string Name,
    ImmutableArray<string> Variants,
    ImmutableArray<string> Adjectives,
    ImmutableArray<string> Demonyms,
    string? Capital,
    ImmutableArray<string> SeatsOfPower);

/// <summary>An organisation, bloc or national body (<c>data/kb/organizations.txt</c>).</summary>
/// <param name="Country">Alpha-3 of the state it belongs to; null for international bodies.</param>
/// <param name="Actor">CAMEO-style actor code (<c>IGONAT</c>, <c>USAGOV</c>).</param>
public sealed record Organization(
    string Id,
    string Name,
    ImmutableArray<string> Variants,
    string? Country,
    string? Actor,
    string Kind);

/// <summary>A role key and the phrases (lemma sequences) that name it (<c>data/kb/roles.txt</c>).</summary>
/// <param name="ActorRole">CAMEO role letters (<c>GOV</c>, <c>MIL</c>); null when the role takes the code of whom it serves.</param>
public sealed record RoleDefinition(string Key, ImmutableArray<string> Phrases, string? ActorRole);

/// <summary>A person who acts in the news (<c>data/kb/people.txt</c>).</summary>
public sealed record Person(
    string Id,
    string Name,
    ImmutableArray<string> Variants,
    string? Country,
    char Gender,
    ImmutableArray<Tenure> Tenures)
{
    /// <summary>The tenures that hold on <paramref name="date"/>; all of them when the date is unknown.</summary>
    public IEnumerable<Tenure> TenuresOn(DateOnly? date) =>
        date is { } d ? Tenures.Where(t => t.HoldsOn(d)) : Tenures;
}

/// <summary>A role a person held, for whom, and when.</summary>
/// <param name="Holder">Alpha-3 of the country, or the id of the organisation, the role serves.</param>
/// <param name="From">First day the role held; null when unknown.</param>
/// <param name="Until">Last day the role held; null while it still holds.</param>
public sealed record Tenure(string Role, string Holder, string? Actor, DateOnly? From, DateOnly? Until)
{
    public bool HoldsOn(DateOnly date) => (From is null || From <= date) && (Until is null || date <= Until);
}
