using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Text;
using Kronika.Polish.Actors;
using Kronika.Polish.Knowledge;
using Kronika.Polish.Names;
using Kronika.Polish.Tests.Tagging;

namespace Kronika.Polish.Tests.Actors;

/// <summary>
/// The resolver on a passage of the team's own, with the recognised names given and a small knowledge
/// base, so that what is tested is identity alone (recognition and base forms have their own tests).
/// </summary>
public sealed class PolishEntityResolverTests
{
    private const string Passage =
        "Prezydent Rosji Władimir Putin przyleciał we wtorek do Pjongjangu. Rosyjski przywódca spotkał się tam z Kimem. " +
        "Obaj przywódcy podpisali umowę. Moskwa zaprzecza zarzutom, a rzecznik Departamentu Stanu USA powiedział, że Putin kłamie. " +
        "Sekretarz stanu USA Antony Blinken rozmawiał z wietnamskimi urzędnikami w Moskwie. Amerykańskie władze milczą.";

    private static readonly (string Text, EntityType Type)[] Names =
    [
        ("Władimir Putin", EntityType.Person), ("Pjongjangu", EntityType.Location), ("Kimem", EntityType.Person),
        ("Moskwa", EntityType.Location), ("Departamentu Stanu USA", EntityType.Organization), ("Putin", EntityType.Person),
        ("Antony Blinken", EntityType.Person), ("Moskwie", EntityType.Location),

        // A recogniser's slip: a country adjective taken for a name because it opens the sentence.
        ("Amerykańskie", EntityType.Location),
    ];

    /// <summary>Base forms as the name lemmatiser gives them.</summary>
    private static readonly Dictionary<string, string> BaseForms = new()
    {
        ["Pjongjangu"] = "Pjongjang", ["Kimem"] = "Kim", ["Departamentu Stanu USA"] = "Departament Stanu USA", ["Moskwie"] = "Moskwa",
        ["Rosji"] = "Rosja",
    };

    private static KnowledgeBase Knowledge() => new(
        KnowledgeBaseReader.ReadCountries("countries",
        [
            "RUS | Rosja | Federacja Rosyjska | rosyjski | Rosjanin | Moskwa | Kreml",
            "PRK | Korea Północna | KRLD | północnokoreański | | Pjongjang |",
            "USA | Stany Zjednoczone | USA | amerykański | Amerykanin | Waszyngton | Biały Dom",
            "VNM | Wietnam | | wietnamski | Wietnamczyk | Hanoi |",
        ]),
        KnowledgeBaseReader.ReadOrganizations("organizations", ["USA-DOS | Departament Stanu | Departament Stanu USA | USA | USAGOV | ministry"]),
        KnowledgeBaseReader.ReadRoles("roles",
        [
            "prezydent | prezydent | GOV", "przywódca | przywódca | GOV", "sekretarz stanu | sekretarz stanu | GOV", "rzecznik | rzecznik | -",

            // A longer phrase that runs into the recognised name "Departamentu Stanu USA" must yield to it.
            "rzecznik Departamentu Stanu | rzecznik Departamentu Stanu | GOV",
        ]),
        KnowledgeBaseReader.ReadPeople("people",
        [
            "putin | Władimir Putin | Putin | RUS | m",
            "    prezydent | RUS | RUSGOV | 2012-05-07 |",
            "    przywódca | RUS | RUSGOV | 2000-05-07 |",
            "kim-dzong-un | Kim Dzong Un | Kim; Kim Jong Un | PRK | m",
            "    przywódca | PRK | PRKGOV | 2011-12-17 |",
            "blinken | Antony Blinken | Blinken | USA | m",
            "    sekretarz stanu | USA | USAGOV | 2021-01-26 | 2025-01-20",
        ]));

    private static Document Resolve(DateOnly? date)
    {
        var document = Document.Create(Passage, new DocumentInfo(Date: date));
        LoadedPolish.Language.CreateAnalysisPipeline().Process(document, CancellationToken.None);
        var names = ImmutableArray.CreateBuilder<NameMention>();
        int from = 0;
        foreach ((string text, EntityType type) in Names)
        {
            int start = Passage.IndexOf(text, from, StringComparison.Ordinal);
            int end = start + text.Length;
            int first = document.Tokens.ToList().FindIndex(t => t.Start == start);
            int last = document.Tokens.ToList().FindIndex(t => t.End == end);
            names.Add(new NameMention(first, last + 1, start, end, type));
            from = end;
        }

        document.SetNames(names.ToImmutable());
        var resolver = new PolishEntityResolver(Knowledge(), PlacePrepositions.Load(), PlaceStates.Load(), CoreferenceWords.Load(), Lemmatize);
        resolver.Process(document, CancellationToken.None);
        return document;
    }

    private static string Lemmatize(Document document, int first, int end, NameCategory category)
    {
        string text = document.Text[document.Tokens[first].Start..document.Tokens[end - 1].End];
        return BaseForms.TryGetValue(text, out string? lemma) ? lemma : text;
    }

    private static string[] MentionsOf(Document document, string name)
    {
        int entity = document.Entities.ToList().FindIndex(e => e.Name == name);
        Assert.True(entity >= 0, $"no entity named {name}: {string.Join(", ", document.Entities.Select(e => e.Name))}");
        return [.. document.Mentions.Where(m => m.Entity == entity).Select(m => document.TextOf(m.Span))];
    }

    [Fact]
    public void Names_roles_and_both_leaders_refer_to_the_people_of_the_knowledge_base()
    {
        Document document = Resolve(new DateOnly(2024, 6, 20));
        Assert.Equal(["Prezydent Rosji", "Władimir Putin", "Rosyjski przywódca", "Obaj przywódcy", "Putin"], MentionsOf(document, "Władimir Putin"));
        Assert.Equal(["Kimem", "Obaj przywódcy"], MentionsOf(document, "Kim Dzong Un"));
        Assert.Equal(["Sekretarz stanu USA", "Antony Blinken"], MentionsOf(document, "Antony Blinken"));
        Entity putin = document.Entities.Single(e => e.Name == "Władimir Putin");
        Assert.Equal(("RUS", "RUSGOV", "person:putin"), (putin.Country, putin.Actor, putin.KnowledgeId));
        Assert.Contains("prezydent RUS", putin.Roles);
    }

    [Fact]
    public void A_capital_acting_is_its_state_and_after_a_place_preposition_a_place()
    {
        Document document = Resolve(new DateOnly(2024, 6, 20));
        Assert.Equal(["Rosji", "Moskwa"], MentionsOf(document, "Rosja"));
        Entity pyongyang = document.Entities.Single(e => e.Name == "Pjongjang");
        Assert.Equal((EntityType.Location, "PRK"), (pyongyang.Type, pyongyang.Country));
        Assert.Equal(EntityType.Location, document.Entities.Single(e => e.Name == "Moskwa").Type);
    }

    [Fact]
    public void An_unnamed_spokesman_takes_the_code_of_the_body_he_speaks_for()
    {
        Document document = Resolve(new DateOnly(2024, 6, 20));
        Entity spokesman = document.Entities.Single(e => e.Name == "rzecznik Departamentu Stanu USA");
        Assert.Equal((EntityType.Person, "USA", "USAGOV"), (spokesman.Type, spokesman.Country, spokesman.Actor));
        Assert.Equal(["Departamentu Stanu USA"], MentionsOf(document, "Departament Stanu"));
        Assert.Equal(["wietnamskimi"], MentionsOf(document, "Wietnam"));
        Assert.Equal(MentionKind.Adjective, document.Mentions.Single(m => document.TextOf(m.Span) == "wietnamskimi").Kind);
    }

    [Fact]
    public void A_country_adjective_capitalised_only_as_the_first_word_is_an_adjective_of_its_country()
    {
        Document document = Resolve(new DateOnly(2024, 6, 20));
        EntityMention mention = document.Mentions.Single(m => document.TextOf(m.Span) == "Amerykańskie");
        Assert.Equal(MentionKind.Adjective, mention.Kind);
        Assert.Equal("Stany Zjednoczone", document.Entities[mention.Entity].Name);
    }

    [Fact]
    public void Without_a_date_a_role_is_resolved_only_to_a_person_the_text_named()
    {
        Document document = Resolve(null);

        // The sentence before named Putin as Russia's president: "Rosyjski przywódca" is he, with a date or without.
        Assert.Contains("Rosyjski przywódca", MentionsOf(document, "Władimir Putin"));

        // Nobody is named as the State Department's spokesman, and without a date the knowledge base cannot say who was.
        Assert.Contains(document.Entities, e => e.Name == "rzecznik Departamentu Stanu USA" && e.Type == EntityType.Person);
    }
}
