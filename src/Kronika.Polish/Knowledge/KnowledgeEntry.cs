namespace Kronika.Polish.Knowledge;

/// <summary>What a name in the knowledge base stands for: a country, an organisation or a person.</summary>
public abstract record KnowledgeEntry
{
    private KnowledgeEntry()
    {
    }

    /// <summary>A stable identifier: <c>country:RUS</c>, <c>org:NATO</c>, <c>person:putin</c>.</summary>
    public abstract string Id { get; }

    public abstract string Name { get; }

    public sealed record OfCountry(Country Country) : KnowledgeEntry
    {
        public override string Id => "country:" + Country.Code;

        public override string Name => Country.Name;
    }

    public sealed record OfOrganization(Organization Organization) : KnowledgeEntry
    {
        public override string Id => "org:" + Organization.Id;

        public override string Name => Organization.Name;
    }

    public sealed record OfPerson(Person Person) : KnowledgeEntry
    {
        public override string Id => "person:" + Person.Id;

        public override string Name => Person.Name;
    }
}
