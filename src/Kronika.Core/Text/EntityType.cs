namespace Kronika.Core.Text;

/// <summary>
/// The types of named entities. <see cref="Country"/> is a state as an actor; <see cref="Location"/> is any
/// other place (city, region, building, geographic feature).
/// </summary>
public enum EntityType : byte
{
    Person,
    Organization,
    Country,
    Location,
    Event,
    Product,
}
