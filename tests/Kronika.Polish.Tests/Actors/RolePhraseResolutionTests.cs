using Kronika.Core;
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
}
