using Kronika.Core.Output;

namespace Kronika.Core.Tests.Output;

public sealed class EventTimelineFormatterTests
{
    private static ExtractionResult Result() => new(
        ExtractionResult.SchemaName,
        new DocumentRecord("d1", "a.txt", null, "pl", "2024-06-20", "abc"),
        [
            new EntityRecord("e1", "PERSON", "Władimir Putin", "RUS", "RUSGOV", null, [], []),
            new EntityRecord("e2", "COUNTRY", "Korea Północna", "PRK", "PRK", null, [], []),
            new EntityRecord("e3", "LOCATION", "Pjongjang", "PRK", null, null, [], []),
            new EntityRecord("e4", "COUNTRY", "Stany Zjednoczone", "USA", "USA", null, [], []),
        ],
        [],
        [],
        [
            new EventRecord("v1", "AID", null, "070", ["e2"], ["e1"], null, null, null, "claimed", ["e4"], new SpanText(50, 60, "przekazała"), new SpanRecord(0, 90)),
            new EventRecord("v2", "AGREE", null, "057", ["e1", "e2"], ["e1", "e2"], "2024-06-19", "t2", "e3", "asserted", [], new SpanText(10, 19, "podpisali"), new SpanRecord(0, 40)),
            new EventRecord("v3", "CONSULT", "visit", "042", ["e1"], ["e2"], "2024-06-18", "t1", "e3", "asserted", [], new SpanText(0, 9, "przyleciał"), new SpanRecord(0, 30)),
        ],
        [new ClaimRecord("c1", "v1", "Korea Północna przekazała Rosji pociski", ["e4"], ["e2"], [])]);

    [Fact]
    public void Events_are_a_dated_timeline_with_actors_places_and_undated_events_last()
    {
        var output = new StringWriter();
        EventTimelineFormatter.WriteEvents(Result(), output);
        string[] lines = output.ToString().Split(Environment.NewLine);

        Assert.Equal("## Events", lines[0]);
        Assert.StartsWith("2024-06-18  CONSULT/visit (042)  Władimir Putin (RUS) → Korea Północna  in Pjongjang (PRK)", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2024-06-19  AGREE (057)  Władimir Putin (RUS) + Korea Północna → ", lines[2], StringComparison.Ordinal);
        Assert.Equal("undated     AID (070)  Korea Północna → Władimir Putin (RUS)  [claimed by Stany Zjednoczone]  «przekazała»", lines[3]);
    }

    [Fact]
    public void Claims_follow_with_their_claimants_and_deniers()
    {
        var output = new StringWriter();
        EventTimelineFormatter.WriteClaims(Result(), output);

        Assert.Contains("## Claims" + Environment.NewLine + "AID claimed by Stany Zjednoczone: „Korea Północna przekazała Rosji pociski”; denied by Korea Północna", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_events_is_said_so()
    {
        var output = new StringWriter();
        EventTimelineFormatter.WriteEvents(Result() with { Events = [], Claims = [] }, output);

        Assert.Equal("## Events" + Environment.NewLine + "(none)" + Environment.NewLine, output.ToString());
    }
}
