using Kronika.Polish.Knowledge;

namespace Kronika.Polish.Tests.Knowledge;

public sealed class KnowledgeBaseTests
{
    private static readonly string[] CountryLines =
    [
        "# code | name | variants | adjectives | demonyms | capital | seats",
        "RUS | Rosja | Federacja Rosyjska; FR | rosyjski | Rosjanin; Rosjanka | Moskwa | Kreml",
        "USA | Stany Zjednoczone | USA; Ameryka | amerykański | Amerykanin | Waszyngton | Biały Dom",
    ];

    private static readonly string[] PeopleLines =
    [
        "blinken | Antony Blinken | Blinken | USA | m   # a comment",
        "    sekretarz stanu | USA | USAGOV | 2021-01-26 | 2025-01-20",
        "rubio | Marco Rubio | Rubio | USA | m",
        "    sekretarz stanu | USA | USAGOV | 2025-01 |",
    ];

    private static KnowledgeBase Build() => new(
        KnowledgeBaseReader.ReadCountries("countries", CountryLines),
        KnowledgeBaseReader.ReadOrganizations("orgs", ["NATO | Organizacja Traktatu Północnoatlantyckiego | NATO; Sojusz Północnoatlantycki | - | IGONAT | alliance"]),
        KnowledgeBaseReader.ReadRoles("roles", ["sekretarz stanu | sekretarz stanu | GOV", "minister spraw zagranicznych | minister spraw zagranicznych; szef MSZ | GOV", "minister | minister | GOV"]),
        KnowledgeBaseReader.ReadPeople("people", PeopleLines));

    [Fact]
    public void Names_variants_adjectives_capitals_and_seats_lead_to_their_country()
    {
        KnowledgeBase kb = Build();
        Assert.Equal("country:RUS", Assert.Single(kb.FindByName("federacja  rosyjska")).Id);
        Assert.Equal("RUS", kb.CountryOfAdjective("rosyjski")?.Code);
        Assert.Equal("RUS", kb.CountryOfDemonym("Rosjanka")?.Code);
        Assert.Equal("USA", kb.CountryOfCapital("Waszyngton")?.Code);
        Assert.Equal("USA", kb.CountryOfSeat("biały dom")?.Code);
        Assert.Equal("org:NATO", Assert.Single(kb.FindByName("Sojusz Północnoatlantycki")).Id);
        Assert.Empty(kb.FindByName("Atlantyda"));
    }

    [Fact]
    public void A_role_resolves_to_whoever_held_it_on_the_date()
    {
        KnowledgeBase kb = Build();
        Assert.Equal("blinken", Assert.Single(kb.HoldersOf("sekretarz stanu", "USA", new DateOnly(2024, 6, 20))).Person.Id);
        Assert.Equal("rubio", Assert.Single(kb.HoldersOf("sekretarz stanu", "USA", new DateOnly(2025, 3, 1))).Person.Id);
        Assert.Equal(2, kb.HoldersOf("sekretarz stanu", "USA", null).Count());
        Assert.Empty(kb.HoldersOf("sekretarz stanu", "RUS", new DateOnly(2024, 6, 20)));
    }

    [Fact]
    public void A_partial_date_covers_its_whole_month()
    {
        Person rubio = Build().People.Single(p => p.Id == "rubio");
        Assert.Equal(new DateOnly(2025, 1, 1), rubio.Tenures[0].From);
        Assert.Null(rubio.Tenures[0].Until);
    }

    [Fact]
    public void The_longest_role_phrase_wins()
    {
        RolePhraseIndex roles = Build().RolePhrases;
        var full = roles.Match(["nowy", "minister", "sprawa", "zagraniczny", "Rosja"], ["nowemu", "ministrowi", "spraw", "zagranicznych", "Rosji"], 1);
        Assert.Equal(("minister spraw zagranicznych", 3), (full?.Role.Key, full?.Length ?? 0));
        var head = roles.Match(["minister", "obrona"], ["minister", "obrony"], 0);
        Assert.Equal(("minister", 1), (head?.Role.Key, head?.Length ?? 0));
        var acronym = roles.Match(["szef", "MSZ"], ["szefa", "MSZ"], 0);
        Assert.Equal(("minister spraw zagranicznych", 2), (acronym?.Role.Key, acronym?.Length ?? 0));
        Assert.Null(roles.Match(["szef", "rząd"], ["szef", "rządu"], 0));
    }

    [Theory]
    [InlineData("RUS | Rosja | | rosyjski", "countries:1: expected 7 fields")]
    [InlineData("RU | Rosja | | | | |", "countries:1: 'RU' is not an alpha-3 code")]
    [InlineData(" | Rosja | | | | |", "countries:1: field 1 must not be empty")]
    public void A_malformed_country_line_is_reported_with_its_file_and_line(string line, string expected)
    {
        var e = Assert.Throws<KnowledgeBaseFormatException>(() => KnowledgeBaseReader.ReadCountries("countries", [line]));
        Assert.StartsWith(expected, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    prezydent | RUS | RUSGOV | 2012 |", "a tenure line comes before any person")]
    [InlineData("x | X | | RUS | m\n    prezydent | RUS | RUSGOV | 2012-13 |", "'2012-13' is not a date")]
    [InlineData("x | X | | RUS | k", "gender must be m or f")]
    public void A_malformed_person_is_reported(string text, string expected)
    {
        var e = Assert.Throws<KnowledgeBaseFormatException>(() => KnowledgeBaseReader.ReadPeople("people", text.Split('\n')));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_id_twice_is_an_error()
    {
        Assert.Throws<KnowledgeBaseFormatException>(() => new KnowledgeBase(
            KnowledgeBaseReader.ReadCountries("c", [CountryLines[1], CountryLines[1]]), [], [], []));
    }
}
