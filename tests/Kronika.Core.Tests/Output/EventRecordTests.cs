using System.Collections.Immutable;
using Kronika.Core.Output;
using Kronika.Core.Text;

namespace Kronika.Core.Tests.Output;

/// <summary>Events and claims of a hand-built document, as the JSON contract writes them.</summary>
public sealed class EventRecordTests
{
    private const string Text = "Rosja i Korea podpisały w środę traktat. Waszyngton twierdzi, że Korea dała Rosji broń. Moskwa zaprzecza.";

    private static Document Annotated()
    {
        Document document = Document.Create(Text, new DocumentInfo(Date: new DateOnly(2024, 6, 20)));
        int Find(string s) => Text.IndexOf(s, StringComparison.Ordinal);
        int second = Find("Waszyngton");
        int third = Find("Moskwa");
        document.SetTokens([new Token(0, Text.Length, TokenKind.Word)]);
        document.SetSentences(
            [new Sentence(0, second - 1, 0, 1, 0), new Sentence(second, third - 1, 0, 1, 0), new Sentence(third, Text.Length, 0, 1, 0)],
            [new Paragraph(0, Text.Length, 0, 3)]);
        document.SetTimes([new TimeExpression(Find("środę"), Find("środę") + 5, TimeType.Date, "2024-06-19")]);
        document.SetNames([]);
        document.SetEntities(
            [
                new Entity(EntityType.Country, "Rosja", "RUS", "RUS", [], null),
                new Entity(EntityType.Country, "Korea Północna", "PRK", "PRK", [], null),
                new Entity(EntityType.Country, "Stany Zjednoczone", "USA", "USA", [], null),
            ],
            [new EntityMention(0, 1, 0, 5, "Rosja", MentionKind.Name, 0)]);
        TextSpan Span(string s) => new(Find(s), Find(s) + s.Length);
        document.SetEvents(
            [
                new Event("AGREE", null, "057", [0, 1], [0, 1], "2024-06-19", 0, null, EventStatus.Asserted, [], Span("podpisały"), "podpisać", 0),
                new Event("AID", null, "070", [1], [0], null, null, null, EventStatus.Claimed, [2], Span("dała"), "dać", 1),
                new Event("REJECT", null, "016", [0], [2], null, null, null, EventStatus.Asserted, [], Span("zaprzecza"), "zaprzeczyć", 2),
            ]);
        document.SetClaims([new Claim(1, Span("Korea dała Rosji broń"), [2], [0], 2)]);
        return document;
    }

    [Fact]
    public void Events_get_ids_entity_ids_time_ids_status_and_spans()
    {
        Document document = Annotated();
        ExtractionResult result = ExtractionResultBuilder.From(document);

        Assert.Equal(["v1", "v2", "v3"], result.Events.Select(e => e.Id));
        EventRecord signing = result.Events[0];
        Assert.Equal(("AGREE", "057", "2024-06-19", "t1", "asserted"), (signing.Type, signing.Cameo, signing.Date, signing.Time, signing.Status));
        Assert.Equal("e1 e2", string.Join(' ', signing.Source));
        Assert.Equal("podpisały", signing.Trigger.Text);
        Assert.Equal((document.Sentences[0].Start, document.Sentences[0].End), (signing.Sentence.Start, signing.Sentence.End));
        Assert.Equal("e3", Assert.Single(result.Events[1].ClaimedBy));
        Assert.Equal("claimed", result.Events[1].Status);
    }

    [Fact]
    public void Claims_refer_to_their_event_claimants_and_deniers()
    {
        ClaimRecord claim = Assert.Single(ExtractionResultBuilder.From(Annotated()).Claims);

        Assert.Equal(("c1", "v2", "Korea dała Rosji broń"), (claim.Id, claim.Event, claim.Text));
        Assert.Equal("e3", Assert.Single(claim.Claimants));
        Assert.Equal("e1", Assert.Single(claim.DeniedBy));
    }

    [Fact]
    public void Events_and_claims_are_written_once()
    {
        Document document = Annotated();

        Assert.Throws<InvalidOperationException>(() => document.SetEvents([]));
        Assert.Throws<InvalidOperationException>(() => document.SetClaims([]));
        Assert.True(document.Has(Layer.Events) && document.Has(Layer.Claims));
    }

    [Fact]
    public void An_event_referring_to_a_missing_entity_or_time_is_rejected()
    {
        Document document = Document.Create("Rosja zaatakowała.");
        document.SetTokens([new Token(0, 5, TokenKind.Word)]);
        document.SetSentences([new Sentence(0, 18, 0, 1, 0)], [new Paragraph(0, 18, 0, 1)]);
        document.SetTimes([]);
        document.SetNames([]);
        document.SetEntities([new Entity(EntityType.Country, "Rosja", "RUS", "RUS", [], null)], []);
        Event attack = new("ASSAULT", null, "190", [0], [], null, null, null, EventStatus.Asserted, [], new TextSpan(6, 17), "zaatakować", 0);

        Assert.Throws<ArgumentOutOfRangeException>(() => document.SetEvents([attack with { Target = [3] }]));
        Assert.Throws<ArgumentOutOfRangeException>(() => document.SetEvents([attack with { Time = 0 }]));
        Assert.Throws<ArgumentOutOfRangeException>(() => document.SetEvents([attack with { Sentence = 1 }]));
        document.SetEvents([attack]);
        Assert.Throws<ArgumentOutOfRangeException>(() => document.SetClaims([new Claim(1, new TextSpan(0, 5), [0], [], null)]));
    }

    [Fact]
    public void Reading_events_before_they_are_written_throws()
    {
        Assert.Throws<InvalidOperationException>(() => Document.Create("x").Events);
        Assert.Equal(ImmutableArray<EventRecord>.Empty, ExtractionResultBuilder.From(Document.Create("x")).Events);
    }
}
