namespace Kronika.Core.Text;

/// <summary>The kinds of named entity Kronika recognises and resolves.</summary>
public enum EntityType
{
    Person,
    Organization,

    /// <summary>A state as an actor (Russia, the United States).</summary>
    Country,

    /// <summary>A city, region, place or building.</summary>
    Location,
    Event,
    Product,
}
