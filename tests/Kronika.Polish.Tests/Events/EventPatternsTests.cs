using Kronika.Polish.Events;
using Kronika.Polish.Tests.Tagging;

namespace Kronika.Polish.Tests.Events;

/// <summary>The event dictionary reads, covers PLOVER, and is written in lemmas the dictionary knows.</summary>
public sealed class EventPatternsTests
{
    [Fact]
    public void The_shipped_dictionary_covers_every_plover_type_with_several_triggers()
    {
        EventPatterns patterns = EventPatterns.Load();
        string[] types = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
        Assert.True(patterns.All.Length >= 300, $"{patterns.All.Length} patterns");
        Assert.All(types, type => Assert.True(patterns.All.Count(p => p.Type == type) >= 5, type));
        Assert.Contains(patterns.All, p => p.Cameo == "016" && p.Denial);
    }

    [Fact]
    public void Every_word_of_every_pattern_is_a_lemma_of_the_dictionary()
    {
        var morphology = LoadedPolish.Language.Morphology;
        string[] unknown = [.. EventPatterns.Load().All
            .SelectMany(p => p.Lemmas)
            .Distinct()
            .Where(w => w != "się" && !morphology.Analyze(w).Any(a => a.Lemma == w))];
        Assert.True(unknown.Length == 0, string.Join(", ", unknown));
    }

    /// <summary>
    /// A trigger is found by its head's lemma (the tagger's, or another noun reading of the word): a head the
    /// dictionary knows only as some other part of speech, or as an inflected form, would never be matched.
    /// Every head must be a verb's infinitive, or the nominative of a noun, gerund or adjective (a substantivised
    /// one: "protestujący", or the first word of a phrase: "wspólny patrol") in Morfologik.
    /// </summary>
    [Fact]
    public void Every_trigger_head_is_the_base_form_of_a_verb_noun_or_adjective()
    {
        var morphology = LoadedPolish.Language.Morphology;
        string[] dead = [.. EventPatterns.Load().All
            .Select(p => p.Head)
            .Distinct()
            .Where(head => !morphology.Analyze(head).Any(a => a.Lemma == head && IsBaseForm(a.Tag)))];
        Assert.True(dead.Length == 0, string.Join(", ", dead));
    }

    private static bool IsBaseForm(string tag) =>
        tag.StartsWith("inf", StringComparison.Ordinal)
        || (tag.StartsWith("subst", StringComparison.Ordinal) || tag.StartsWith("depr", StringComparison.Ordinal) || tag.StartsWith("ger", StringComparison.Ordinal) || tag.StartsWith("adj", StringComparison.Ordinal)) && tag.Contains("nom", StringComparison.Ordinal);

    [Fact]
    public void A_frame_is_parsed_into_cases_prepositions_roles_and_flags()
    {
        EventPatterns patterns = EventPatterns.Parse(["podpisać | AGREE | - | 057 | subj=source; z+inst=target; acc=object; recip"]);
        EventPattern sign = Assert.Single(patterns.ForHead("podpisać"));
        Assert.Equal(ArgumentRole.Target, sign.RoleOf("z", "inst"));
        Assert.Equal(ArgumentRole.Object, sign.RoleOf(null, "acc"));
        Assert.Null(sign.RoleOf("na", "acc"));
        Assert.True(sign.Reciprocal);
        Assert.Null(sign.Mode);
    }

    [Theory]
    [InlineData("podpisać | AGREE | - | 057")]
    [InlineData("podpisać | AGREEMENT | - | 057 | subj=source")]
    [InlineData("podpisać | AGREE | - | 57x | subj=source")]
    [InlineData("podpisać | AGREE | - | 057 | abl=source")]
    [InlineData("podpisać | AGREE | - | 057 | subj=winner")]
    public void A_bad_line_is_reported(string line) => Assert.Throws<FormatException>(() => EventPatterns.Parse([line]));
}
