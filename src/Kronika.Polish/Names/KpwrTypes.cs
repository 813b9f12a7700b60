using Kronika.Core.Text;

namespace Kronika.Polish.Names;

/// <summary>KPWr's fine named-entity types (<c>nam_liv_person_last</c>, <c>nam_adj_country</c>…) mapped to Kronika's entity types.</summary>
public static class KpwrTypes
{
    public static NameCategory Category(string kpwrType)
    {
        MentionKind kind = kpwrType.StartsWith("nam_adj", StringComparison.Ordinal) ? MentionKind.Adjective : MentionKind.Name;
        string rest = kind == MentionKind.Adjective ? "nam_" + kpwrType["nam_adj".Length..].TrimStart('_') : kpwrType;
        return new NameCategory(TypeOf(rest), kind);
    }

    // nam_adj_country is an adjective of a country, nam_adj_city of a place, nam_adj_person of a person.
    private static EntityType? TypeOf(string type) => type switch
    {
        "nam_country" or "nam_loc_gpe_country" => EntityType.Country,
        "nam_city" => EntityType.Location,
        "nam_person" or "nam_liv_god" or "nam_liv_character" => EntityType.Person,
        _ when type.StartsWith("nam_liv_person", StringComparison.Ordinal) => EntityType.Person,
        _ when type.StartsWith("nam_loc", StringComparison.Ordinal) || type.StartsWith("nam_fac", StringComparison.Ordinal) => EntityType.Location,
        _ when type.StartsWith("nam_org", StringComparison.Ordinal) => EntityType.Organization,
        _ when type.StartsWith("nam_eve", StringComparison.Ordinal) => EntityType.Event,
        _ when type.StartsWith("nam_pro", StringComparison.Ordinal) => EntityType.Product,
        _ => null,
    };
}
