using Kronika.Core;
using Kronika.Core.Text;
using Kronika.Polish.Tests.Tagging;

namespace Kronika.Polish.Tests.Names;

public class NameRecognizerTests
{
    private static List<(string Text, EntityType Type)> Names(string text)
    {
        Document document = Document.Create(text);
        LoadedPolish.Language.CreateExtractionPipeline().Process(document, CancellationToken.None);
        return [.. document.Names.Select(n => (document.TextOf(n.Span), n.Type))];
    }

    [Fact]
    public void Finds_people_and_places_in_inflected_forms()
    {
        var names = Names("Władimir Putin spotkał się z przywódcą Korei Północnej w Pjongjangu.");

        Assert.Contains(("Władimir Putin", EntityType.Person), names);
        Assert.Contains(("Korei Północnej", EntityType.Location), names);
        Assert.Contains(("Pjongjangu", EntityType.Location), names);
    }

    [Fact]
    public void Finds_a_person_in_the_genitive_and_an_organisation()
    {
        var names = Names("Przedstawiciele NATO skrytykowali wizytę Władimira Putina w Hanoi.");

        Assert.Contains(("Władimira Putina", EntityType.Person), names);
        Assert.Contains(("NATO", EntityType.Organization), names);
        Assert.Contains(("Hanoi", EntityType.Location), names);
    }

    [Fact]
    public void Common_words_at_the_start_of_a_sentence_are_not_names()
    {
        var names = Names("Wczoraj padał deszcz, a dzisiaj świeci słońce.");

        Assert.Empty(names);
    }

    [Fact]
    public void Mentions_cover_whole_tokens_and_match_their_offsets()
    {
        Document document = Document.Create("Minister spraw zagranicznych Rosji Siergiej Ławrow przyleciał do Wietnamu.");
        LoadedPolish.Language.CreateExtractionPipeline().Process(document, CancellationToken.None);

        Assert.NotEmpty(document.Names);
        foreach (NameMention name in document.Names)
        {
            Assert.Equal(document.Tokens[name.FirstToken].Start, name.Start);
            Assert.Equal(document.Tokens[name.EndToken - 1].End, name.End);
        }

        Assert.Contains(document.Names, n => document.TextOf(n.Span) == "Siergiej Ławrow" && n.Type == EntityType.Person);
    }
}
