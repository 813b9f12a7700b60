using Kronika.Core;
using Kronika.Core.Text;
using Kronika.Polish.Tests.Tagging;

namespace Kronika.Polish.Tests.Actors;

/// <summary>Third-person pronouns through the whole extraction pipeline, on passages of the team's own.</summary>
public sealed class PronounResolutionTests
{
    private static Document Extract(string text) =>
        LoadedPolish.Language.CreateExtractionPipeline().Process(Document.Create(text, new DocumentInfo(Date: new DateOnly(2023, 5, 10))));

    private static string? ReferentOf(Document document, string pronoun)
    {
        int start = document.Text.IndexOf(" " + pronoun + " ", StringComparison.Ordinal) + 1;
        EntityMention? mention = document.Mentions.Where(m => m.Start == start && m.Kind == MentionKind.Pronoun).Cast<EntityMention?>().FirstOrDefault();
        return mention is { } m ? document.Entities[m.Entity].Name : null;
    }

    [Fact]
    public void A_feminine_pronoun_refers_to_the_woman_mentioned_before()
    {
        Document document = Extract("Annalena Baerbock przyleciała do Kijowa. Zełenski podziękował jej za wsparcie.");
        Assert.Equal("Annalena Baerbock", ReferentOf(document, "jej"));
    }

    [Fact]
    public void A_pronoun_is_not_the_subject_of_its_own_sentence()
    {
        Document document = Extract("Annalena Baerbock przyleciała do Kijowa. Prezydent Ukrainy wręczył mu list.");
        Assert.Null(ReferentOf(document, "mu"));
    }

    [Fact]
    public void A_pronoun_reaches_back_one_sentence_only()
    {
        Document document = Extract("Olaf Scholz przyjechał do Paryża. Rozmowy trwały długo. Macron podarował mu książkę.");
        Assert.Null(ReferentOf(document, "mu"));
    }
}
