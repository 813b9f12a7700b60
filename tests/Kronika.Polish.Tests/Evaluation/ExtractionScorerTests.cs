using System.Collections.Immutable;
using Kronika.Core.Output;
using Kronika.Polish.Evaluation;

namespace Kronika.Polish.Tests.Evaluation;

/// <summary>The scorer behind <c>kronika eval extract</c>, on hand-made system and gold records.</summary>
public sealed class ExtractionScorerTests
{
    private const string Text = "Putin spotkał się z Kimem. „To przełom” – powiedział Putin.";

    private static EntityRecord Entity(string id, string type, string name, string? country, params (int Start, int End)[] spans) =>
        new(id, type, name, country, null, null, [], [.. spans.Select(s => new MentionRecord(s.Start, s.End, Text[s.Start..s.End], name, "name"))]);

    private static EventRecord Event(string id, string type, string[] source, string[] target, string? date) =>
        new(id, type, null, null, [.. source], [.. target], date, null, null, "asserted", [], new SpanText(6, 13, "spotkał"), new SpanRecord(0, 26));

    private static ExtractionResult Record(
        ImmutableArray<EntityRecord> entities,
        ImmutableArray<QuoteRecord> quotes,
        ImmutableArray<EventRecord> events,
        ImmutableArray<ClaimRecord> claims) =>
        new(ExtractionResult.SchemaName, new DocumentRecord("d", null, null, "pl", "2024-06-19", "00"), entities, [], quotes, events, claims);

    private static readonly ExtractionResult Gold = Record(
        [Entity("e1", "PERSON", "Władimir Putin", "RUS", (0, 5), (53, 58)), Entity("e2", "PERSON", "Kim Dzong Un", "PRK", (20, 25))],
        [new QuoteRecord("q1", 28, 38, "To przełom", true, "e1", "Putin", "powiedział")],
        [Event("v1", "CONSULT", ["e1"], ["e2"], "2024-06-19")],
        [new ClaimRecord("c1", "v1", "spotkał się z Kimem", ["e2"], [], [])]);

    [Fact]
    public void The_gold_record_against_itself_scores_one_everywhere()
    {
        ExtractionComparison comparison = ExtractionScorer.Compare(Gold, Gold);
        ExtractionScores s = comparison.Scores;
        Assert.Equal(new MatchCounts(2, 2, 2), s.Entities);
        Assert.Equal(new MatchCounts(1, 1, 1), s.Quotes);
        Assert.Equal(new MatchCounts(1, 1, 1), s.Events);
        Assert.Equal(new MatchCounts(1, 1, 1), s.Claims);
        Assert.Equal(1.0, s.SpeakerAccuracy);
        Assert.Empty(comparison.Errors);
    }

    [Fact]
    public void Partial_matches_count_only_what_agrees_through_the_alignment()
    {
        // Entities under other ids: Putin found by his second mention only, Kim with the wrong type, one extra entity.
        ExtractionResult found = Record(
            [Entity("e7", "PERSON", "Putin", "RUS", (53, 58)), Entity("e8", "ORGANIZATION", "Kim", "PRK", (20, 25)), Entity("e9", "LOCATION", "X", null, (6, 13))],
            [new QuoteRecord("q5", 27, 35, "„To prze", true, "e8", null, null)],
            [Event("v4", "CONSULT", ["e7"], ["e8"], "2024-06-19"), Event("v5", "CONSULT", ["e7"], ["e8"], "2024-06-18")],
            [new ClaimRecord("c3", "v4", "x", ["e8"], [], [])]);

        ExtractionComparison comparison = ExtractionScorer.Compare(found, Gold);
        ExtractionScores s = comparison.Scores;
        Assert.Equal(new MatchCounts(2, 3, 1), s.Entities);
        Assert.Equal(1.0 / 3, s.Entities.Precision, 9);
        Assert.Equal(0.5, s.Entities.Recall);
        Assert.Equal(0.4, s.Entities.F1, 9);

        // The quote overlaps, but its speaker (e8) is aligned with no gold entity.
        Assert.Equal(new MatchCounts(1, 1, 1), s.Quotes);
        Assert.Equal(0, s.SpeakersCorrect);

        // Events compare countries, not entity ids: v4 matches although Kim was typed wrongly; v5 has the wrong date.
        Assert.Equal(new MatchCounts(1, 2, 1), s.Events);

        // The claim's event matches, but its claimant does not align with gold e2.
        Assert.Equal(new MatchCounts(1, 1, 0), s.Claims);
        Assert.Contains(comparison.Errors, e => e.StartsWith("spurious event: CONSULT RUS -> PRK 2024-06-18", StringComparison.Ordinal));
        Assert.Contains(comparison.Errors, e => e.StartsWith("missed entity: PERSON Kim Dzong Un", StringComparison.Ordinal));
    }

    [Fact]
    public void The_facet_rows_relax_one_comparison_each()
    {
        // v6 has the right type and date but the sides reversed; v7 the right sides and a wrong date.
        ExtractionResult found = Record(
            [Entity("e1", "PERSON", "Władimir Putin", "RUS", (0, 5)), Entity("e2", "PERSON", "Kim Dzong Un", "PRK", (20, 25))],
            [],
            [Event("v6", "CONSULT", ["e2"], ["e1"], "2024-06-19"), Event("v7", "CONSULT", ["e1"], ["e2"], "2024-06-01")],
            []);
        ExtractionScores s = ExtractionScorer.Compare(found, Gold).Scores;
        Assert.Equal(new MatchCounts(1, 2, 0), s.Events);
        Assert.Equal(new MatchCounts(1, 2, 1), s.EventFacets.Type);
        Assert.Equal(new MatchCounts(1, 2, 1), s.EventFacets.TypeSource);
        Assert.Equal(new MatchCounts(1, 2, 1), s.EventFacets.TypeTarget);
        Assert.Equal(new MatchCounts(1, 2, 1), s.EventFacets.TypeDate);

        ExtractionResult otherType = Record(found.Entities, [], [Event("v8", "AGREE", ["e1"], ["e2"], "2024-06-19")], []);
        Assert.Equal(new MatchCounts(1, 1, 0), ExtractionScorer.Compare(otherType, Gold).Scores.EventFacets.Type);
    }

    [Fact]
    public void A_body_without_a_country_is_the_same_actor_under_another_code_only_when_its_entity_is_paired()
    {
        // Gold codes the bloc IGOWAFECW, the system IGOECOWAS; the mentions overlap, so the sides agree.
        static EntityRecord Bloc(string id, string actor, int start, int end) =>
            new(id, "ORGANIZATION", "ECOWAS", null, actor, null, [], [new MentionRecord(start, end, Text[start..end], "ECOWAS", "name")]);
        EntityRecord putin = Entity("e1", "PERSON", "Władimir Putin", "RUS", (0, 5));
        ExtractionResult gold = Record([putin, Bloc("e2", "IGOWAFECW", 20, 25)], [], [Event("v1", "CONSULT", ["e1"], ["e2"], null)], []);
        ExtractionResult paired = Record([putin, Bloc("e5", "IGOECOWAS", 20, 25)], [], [Event("v1", "CONSULT", ["e1"], ["e5"], null)], []);
        Assert.Equal(new MatchCounts(1, 1, 1), ExtractionScorer.Compare(paired, gold).Scores.Events);

        // The same code on an entity that is not the gold one (no shared mention) does not stand for it.
        ExtractionResult unpaired = Record([putin, Bloc("e5", "IGOECOWAS", 6, 13)], [], [Event("v1", "CONSULT", ["e1"], ["e5"], null)], []);
        Assert.Equal(new MatchCounts(1, 1, 0), ExtractionScorer.Compare(unpaired, gold).Scores.Events);
    }

    [Fact]
    public void A_reported_clause_around_a_paired_fragment_of_its_speaker_is_not_spurious()
    {
        // The contract gives a quoted fragment inside reported speech twice; the gold set annotates it once, as the fragment.
        ExtractionResult gold = Record([], [new QuoteRecord("q1", 30, 40, "przełomowe", true, null, null, null)], [], []);
        ExtractionResult found = Record(
            [],
            [new QuoteRecord("q1", 20, 50, "porozumienie jest „przełomowe”", false, null, null, "powiedział"), new QuoteRecord("q2", 30, 40, "przełomowe", true, null, null, null)],
            [],
            []);
        ExtractionComparison comparison = ExtractionScorer.Compare(found, gold);
        Assert.Equal(new MatchCounts(1, 1, 1), comparison.Scores.Quotes);
        Assert.Empty(comparison.Errors);

        // A reported clause that encloses no paired fragment still counts against the system.
        ExtractionResult clauseOnly = Record([], [new QuoteRecord("q1", 60, 80, "coś innego", false, null, null, "dodał")], [], []);
        Assert.Equal(new MatchCounts(1, 1, 0), ExtractionScorer.Compare(clauseOnly, gold).Scores.Quotes);
    }

    [Fact]
    public void Null_speakers_agree_and_an_empty_system_record_scores_zero()
    {
        ExtractionResult gold = Record([], [new QuoteRecord("q1", 28, 38, "To przełom", true, null, null, null)], [], []);
        ExtractionResult nullSpeaker = Record([], [new QuoteRecord("q1", 28, 38, "To przełom", true, null, null, null)], [], []);
        Assert.Equal(1.0, ExtractionScorer.Compare(nullSpeaker, gold).Scores.SpeakerAccuracy);

        ExtractionScores empty = ExtractionScorer.Compare(Record([], [], [], []), Gold).Scores;
        Assert.Equal(new MatchCounts(1, 0, 0), empty.Events);
        Assert.Equal(0, empty.Events.F1);
        Assert.Equal(0, empty.SpeakerAccuracy);
    }

    [Fact]
    public void Scores_add_up_over_documents()
    {
        ExtractionScores one = ExtractionScorer.Compare(Gold, Gold).Scores;
        ExtractionScores sum = ExtractionScores.Empty + one + one;
        Assert.Equal(2, sum.Documents);
        Assert.Equal(new MatchCounts(4, 4, 4), sum.Entities);
        Assert.Equal(2, sum.SpeakersCorrect);
    }

    [Fact]
    public void Each_system_item_pairs_with_at_most_one_gold_item()
    {
        Dictionary<int, int> pairs = GreedyAlignment.Align(new[] { 1, 1 }, new[] { 1 }, (f, g) => f == g ? 1 : 0);
        Assert.Equal(new Dictionary<int, int> { [0] = 0 }, pairs);
    }
}
