using Kronika.Core.Corpora;
using Kronika.Polish.Evaluation;
using Kronika.Polish.Events;

namespace Kronika.Polish.Tests.Evaluation;

/// <summary><c>kronika eval frames</c>: the slots of a trigger's dependents in a treebank, and what its frame lacks.</summary>
public sealed class FrameUsageTests
{
    private static readonly EventPatterns Patterns = EventPatterns.Parse(
    [
        "przekazać | AID | - | 070 | subj=source; dat=target; acc=object",
        "podpisać | AGREE | - | 057 | subj=source; z+inst=target; acc=object; recip",
        "spotkać się | CONSULT | - | 040 | subj=source; z+inst=target",
        "rozmowa | CONSULT | - | 040 | gen=source; między+inst=source",
    ]);

    private static ConlluWord W(string form, string lemma, string upos, string features, int head, string deprel) =>
        new(form, lemma, upos, "_", features.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(f => f.Split('=')).ToDictionary(f => f[0], f => f[1]), true)
        {
            Head = head,
            Deprel = deprel,
        };

    private static ConlluSentence S(params ConlluWord[] words) => new(null, null, words);

    // "Rząd przekazał wczoraj sprzęt Litwinom."
    private static readonly ConlluSentence Transfer = S(
        W("Rząd", "rząd", "NOUN", "Case=Nom", 2, "nsubj"),
        W("przekazał", "przekazać", "VERB", "VerbForm=Fin|Voice=Act", 0, "root"),
        W("wczoraj", "wczoraj", "ADV", "", 2, "advmod"),
        W("sprzęt", "sprzęt", "NOUN", "Case=Acc", 2, "obj"),
        W("Litwinom", "Litwin", "PROPN", "Case=Dat", 2, "iobj"));

    // "Umowa została podpisana przez premiera w Wilnie."
    private static readonly ConlluSentence Passive = S(
        W("Umowa", "umowa", "NOUN", "Case=Nom", 3, "nsubj:pass"),
        W("została", "zostać", "AUX", "", 3, "aux:pass"),
        W("podpisana", "podpisać", "ADJ", "VerbForm=Part|Voice=Pass", 0, "root"),
        W("przez", "przez", "ADP", "", 5, "case"),
        W("premiera", "premier", "NOUN", "Case=Acc", 3, "obl:agent"),
        W("w", "w", "ADP", "", 7, "case"),
        W("Wilnie", "Wilno", "PROPN", "Case=Loc", 3, "obl"));

    // "Ministrowie spotkali się z posłami u prezydenta." and "rozmowa pomiędzy stronami"
    private static readonly ConlluSentence Meeting = S(
        W("Ministrowie", "minister", "NOUN", "Case=Nom", 2, "nsubj"),
        W("spotkali", "spotkać", "VERB", "VerbForm=Fin", 0, "root"),
        W("się", "się", "PRON", "", 2, "expl:pv"),
        W("z", "z", "ADP", "", 5, "case"),
        W("posłami", "poseł", "NOUN", "Case=Ins", 2, "obl:arg"),
        W("u", "u", "ADP", "", 7, "case"),
        W("prezydenta", "prezydent", "NOUN", "Case=Gen", 2, "obl:arg"),
        W("rozmowa", "rozmowa", "NOUN", "Case=Nom", 2, "obl"),
        W("pomiędzy", "pomiędzy", "ADP", "", 10, "case"),
        W("stronami", "strona", "NOUN", "Case=Ins", 8, "nmod:arg"));

    [Fact]
    public void Counts_subject_and_bare_cases_of_a_verb_and_ignores_adverbs()
    {
        FrameUse use = Assert.Single(FrameUsage.Count(Patterns, [Transfer]));
        Assert.Equal("przekazać", use.Pattern.Key);
        Assert.Equal("verb", use.Reading);
        Assert.Equal(1, use.Occurrences);
        Assert.Equal(new Dictionary<string, int> { ["subj"] = 1, ["acc"] = 1, ["dat"] = 1 }, use.Slots);
        Assert.Equal((3, 3), (use.Arguments, use.Covered));
        Assert.Empty(use.Missing());
    }

    [Fact]
    public void A_passive_subject_is_the_object_and_its_przez_agent_the_subject()
    {
        FrameUse use = Assert.Single(FrameUsage.Count(Patterns, [Passive]));
        Assert.Equal(new Dictionary<string, int> { ["acc"] = 1, ["subj"] = 1, ["w+loc"] = 1 }, use.Slots);
        Assert.Equal((2, 2), (use.Arguments, use.Covered));
    }

    [Fact]
    public void A_sie_verb_matches_its_own_pattern_and_an_argument_the_frame_lacks_is_counted()
    {
        List<FrameUse> uses = FrameUsage.Count(Patterns, [Meeting]);
        FrameUse meet = uses.Single(u => u.Pattern.Key == "spotkać się");
        Assert.Equal((3, 2), (meet.Arguments, meet.Covered));
        Assert.Empty(meet.Missing());
        FrameUse twice = Assert.Single(FrameUsage.Count(Patterns, [Meeting, Meeting]), u => u.Pattern.Key == "spotkać się");
        Assert.Equal(["u+gen"], twice.Missing());

        // "pomiędzy" is the frames' "między".
        FrameUse talk = uses.Single(u => u.Pattern.Key == "rozmowa");
        Assert.Equal("noun", talk.Reading);
        Assert.Equal((1, 1), (talk.Arguments, talk.Covered));
    }

    [Fact]
    public void A_verb_without_the_words_of_its_pattern_matches_nothing()
    {
        ConlluSentence bare = S(W("spotkał", "spotkać", "VERB", "VerbForm=Fin", 0, "root"), W("kolegę", "kolega", "NOUN", "Case=Acc", 1, "obj"));
        Assert.Empty(FrameUsage.Count(Patterns, [bare]));
    }
}
