using Kronika.Core;
using Kronika.Core.Output;
using Kronika.Polish.Tests.Tagging;

namespace Kronika.Polish.Tests.Events;

/// <summary>
/// An allegation told only by the headline (found by fuzzing: its claim had no words, token index -1): its
/// charge, an event, is a claim of the accuser's, stated by the headline's words.
/// </summary>
public sealed class HeadlineClaimTests
{
    [Fact]
    public void The_charge_of_an_allegation_only_the_headline_tells_is_a_claim_in_the_headlines_words()
    {
        const string Headline = "Litwa oskarża Rosję o atak na sieć energetyczną";
        Document document = LoadedPolish.Language.CreateExtractionPipeline().Process(
            Document.Create(Headline + "\n\nW Wilnie zebrał się w czwartek sztab kryzysowy.", new DocumentInfo(Date: new DateOnly(2024, 6, 20))));
        ExtractionResult result = ExtractionResultBuilder.From(document);

        EventRecord accusation = Assert.Single(result.Events, e => e.Type == "ACCUSE");
        EventRecord charge = Assert.Single(result.Events, e => e.Type == "ASSAULT");
        ClaimRecord claim = Assert.Single(result.Claims);
        Assert.Equal(charge.Id, claim.Event);
        Assert.Equal<string>(accusation.Target, charge.Source);
        Assert.Equal(Headline, claim.Text);
        Assert.Equal<string>(accusation.Source, claim.Claimants);
        Assert.NotEmpty(claim.Claimants);
    }
}
