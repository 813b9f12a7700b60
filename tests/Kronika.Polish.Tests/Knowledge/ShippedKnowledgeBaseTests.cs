using Kronika.Polish.Knowledge;

namespace Kronika.Polish.Tests.Knowledge;

/// <summary>The knowledge base shipped in <c>data/kb/</c>: it loads, its files agree with each other, and it covers what the issue asks.</summary>
public sealed class ShippedKnowledgeBaseTests
{
    private static readonly Lazy<KnowledgeBase> Shipped = new(KnowledgeBase.Load);

    [Fact]
    public void Every_ISO_country_is_there()
    {
        Assert.True(Shipped.Value.Countries.Length >= 249, $"{Shipped.Value.Countries.Length} countries");
        foreach (string code in new[] { "RUS", "PRK", "KOR", "USA", "UKR", "VNM", "POL", "DEU", "CHN", "TWN", "PSE" })
        {
            Assert.NotNull(Shipped.Value.CountryByCode(code));
        }
    }

    [Fact]
    public void At_least_eighty_international_organisations()
    {
        int international = Shipped.Value.Organizations.Count(o => o.Country is null);
        Assert.True(international >= 80, $"{international} international organisations");
    }

    [Fact]
    public void At_least_three_hundred_people()
    {
        Assert.True(Shipped.Value.People.Length >= 300, $"{Shipped.Value.People.Length} people");
    }

    [Fact]
    public void Every_tenure_names_a_known_role_and_a_known_country_or_organisation()
    {
        KnowledgeBase kb = Shipped.Value;
        var problems = kb.People
            .SelectMany(p => p.Tenures.Select(t => (p, t)))
            .Where(x => kb.Role(x.t.Role) is null || (kb.CountryByCode(x.t.Holder) is null && kb.OrganizationById(x.t.Holder) is null))
            .Select(x => $"{x.p.Id}: {x.t.Role} | {x.t.Holder}")
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Tenures_end_after_they_begin()
    {
        var problems = Shipped.Value.People
            .SelectMany(p => p.Tenures.Where(t => t.From > t.Until).Select(t => $"{p.Id}: {t.Role} {t.From}–{t.Until}"))
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("sekretarz stanu", "USA", "2024-06-20", "Antony Blinken")]
    [InlineData("przywódca", "RUS", "2024-06-20", "Władimir Putin")]
    [InlineData("przywódca", "PRK", "2024-06-20", "Kim Dzong Un")]
    [InlineData("minister obrony", "RUS", "2024-06-20", "Andriej Biełousow")]
    [InlineData("minister obrony", "RUS", "2023-06-20", "Siergiej Szojgu")]
    public void Roles_resolve_to_their_holders_on_the_date(string phrase, string country, string date, string expected)
    {
        KnowledgeBase kb = Shipped.Value;
        string[] words = phrase.Split(' ');
        var role = kb.RolePhrases.Match(words, words, 0);
        Assert.NotNull(role);
        var holders = kb.HoldersOf(role.Value.Role.Key, country, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).Select(h => h.Person.Name).Distinct();
        Assert.Equal([expected], holders);
    }

    [Theory]
    [InlineData("KRLD", "country:PRK")]
    [InlineData("Federacja Rosyjska", "country:RUS")]
    [InlineData("Ameryka", "country:USA")]
    [InlineData("Sojusz Północnoatlantycki", "org:NATO")]
    public void Variants_lead_to_their_entry(string name, string id)
    {
        Assert.Contains(id, Shipped.Value.FindByName(name).Select(e => e.Id));
    }
}
