using Kronika.Core;
using Kronika.Core.Text;
using Kronika.Polish.Tests.Tagging;

namespace Kronika.Polish.Tests.Actors;

/// <summary>Role phrases through the whole extraction pipeline and the shipped knowledge base, on sentences of the team's own.</summary>
public sealed class RolePhraseResolutionTests
{
    private static string? PersonOf(string text, string phrase, DateOnly date)
    {
        Document document = LoadedPolish.Language.CreateExtractionPipeline().Process(Document.Create(text, new DocumentInfo(Date: date)));
        int start = document.Text.IndexOf(phrase, StringComparison.Ordinal);
        return document.Mentions
            .Where(m => m.Start == start && m.End == start + phrase.Length)
            .Select(m => document.Entities[m.Entity].Name)
            .FirstOrDefault();
    }

    [Fact]
    public void A_name_inside_a_role_phrase_is_part_of_the_title()
    {
        Assert.Equal("Siergiej Ławrow", PersonOf("Szef MSZ Rosji spotkał się w piątek z dziennikarzami.", "Szef MSZ Rosji", new DateOnly(2024, 5, 17)));
    }

    [Fact]
    public void A_country_whose_genitive_looks_like_a_demonym_still_holds_the_role()
    {
        Assert.Equal("Olaf Scholz", PersonOf("Prezydent Francji zadzwonił do kanclerza Niemiec.", "kanclerza Niemiec", new DateOnly(2024, 5, 17)));
        Assert.Equal("Friedrich Merz", PersonOf("Prezydent Francji zadzwonił do kanclerza Niemiec.", "kanclerza Niemiec", new DateOnly(2025, 9, 1)));
    }

    [Fact]
    public void A_head_of_government_is_the_one_in_office_on_the_date()
    {
        Assert.Equal("Irakli Garibaszwili", PersonOf("W piątek premier Gruzji przyjechał do Brukseli.", "premier Gruzji", new DateOnly(2023, 6, 2)));
        Assert.Equal("Irakli Kobachidze", PersonOf("W piątek premier Gruzji przyjechał do Brukseli.", "premier Gruzji", new DateOnly(2024, 6, 7)));
    }

    [Fact]
    public void A_president_deposed_by_a_coup_is_not_the_president_after_it()
    {
        Assert.Equal("Mohamed Bazoum", PersonOf("Prezydent Nigru spotkał się w środę z ambasadorem Francji.", "Prezydent Nigru", new DateOnly(2023, 5, 10)));
        Assert.Equal("Abdourahamane Tchiani", PersonOf("Przywódca Nigru spotkał się w środę z ambasadorem Rosji.", "Przywódca Nigru", new DateOnly(2024, 5, 8)));
    }

    [Fact]
    public void An_official_of_a_state_s_ministry_named_by_its_adjective()
    {
        Assert.Equal("Vikram Misri", PersonOf("W sobotę sekretarz indyjskiego MSZ spotkał się z dziennikarzami.", "sekretarz indyjskiego MSZ", new DateOnly(2025, 5, 10)));
    }

    [Fact]
    public void A_plural_role_no_one_of_the_knowledge_base_holds_is_a_group_of_its_state()
    {
        const string text = "W piątek rosyjscy dyplomaci opuścili Kraków.";
        Document document = LoadedPolish.Language.CreateExtractionPipeline().Process(Document.Create(text, new DocumentInfo(Date: new DateOnly(2025, 5, 16))));
        int start = text.IndexOf("rosyjscy dyplomaci", StringComparison.Ordinal);
        Entity group = document.Entities[document.Mentions.Single(m => m.Start == start && m.End == start + "rosyjscy dyplomaci".Length).Entity];
        Assert.Equal((EntityType.Organization, "RUS", "RUSGOV"), (group.Type, group.Country, group.Actor));
    }
}
