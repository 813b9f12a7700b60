using Kronika.Core;
using Kronika.Core.Output;
using Kronika.Polish.Tests.Tagging;

namespace Kronika.Polish.Tests.Events;

/// <summary>
/// A headline tells the day's news: an event only the headline tells takes the day the lead tells, and a
/// paragraph break ends a look back (the spec format has one paragraph per example, so these are here).
/// </summary>
public sealed class HeadlineDateTests
{
    private static ExtractionResult Extract(string text) =>
        ExtractionResultBuilder.From(LoadedPolish.Language.CreateExtractionPipeline().Process(
            Document.Create(text, new DocumentInfo(Date: new DateOnly(2024, 6, 20)))));

    [Fact]
    public void An_event_only_the_headline_tells_is_of_the_day_the_lead_tells()
    {
        ExtractionResult result = Extract("Łotwa prosi NATO o konsultacje\n\nW środę nad Łotwą przeleciały obce drony. Nikt nie zginął.");
        EventRecord request = Assert.Single(result.Events, e => e.Type == "REQUEST");
        Assert.Equal("2024-06-19", request.Date);
    }

    [Fact]
    public void A_headline_event_stays_undated_when_the_body_sets_no_date()
    {
        ExtractionResult result = Extract("Łotwa prosi NATO o konsultacje\n\nNad Łotwą przeleciały obce drony. Nikt nie zginął.");
        EventRecord request = Assert.Single(result.Events, e => e.Type == "REQUEST");
        Assert.Null(request.Date);
    }

    [Fact]
    public void A_new_paragraph_ends_the_look_back()
    {
        ExtractionResult result = Extract(
            "Armenia i Azerbejdżan podpisały w czwartek porozumienie. Walki wybuchły w poniedziałek, gdy Azerbejdżan ostrzelał Armenię."
            + "\n\nArmenia ostrzelała w odpowiedzi Azerbejdżan.");
        EventRecord[] shelling = [.. result.Events.Where(e => e.Type == "ASSAULT").OrderBy(e => e.Trigger.Start)];
        Assert.Equal(2, shelling.Length);
        Assert.Equal("2024-06-17", shelling[0].Date);
        Assert.Equal("2024-06-20", shelling[1].Date);
    }
}
