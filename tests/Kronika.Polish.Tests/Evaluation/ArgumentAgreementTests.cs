using Kronika.Core.Corpora;
using Kronika.Polish.Evaluation;
using Kronika.Polish.Events;
using Kronika.Polish.Tests.Tagging;

namespace Kronika.Polish.Tests.Evaluation;

/// <summary><c>kronika eval arguments</c>: the extractor's event sides against a treebank's subjects and objects.</summary>
public sealed class ArgumentAgreementTests
{
    private static ConlluWord W(string form, string lemma, string upos, string features, int head, string deprel, bool spaceAfter = true) =>
        new(form, lemma, upos, "_", features.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(f => f.Split('=')).ToDictionary(f => f[0], f => f[1]), spaceAfter)
        {
            Head = head,
            Deprel = deprel,
        };

    private static ArgumentAgreementScores Score(params ConlluSentence[] sentences) =>
        ArgumentAgreement.Score(LoadedPolish.Language.CreateExtractionPipeline(), EventPatterns.Load(), sentences);

    /// <summary>"Litwę zaatakowała Białoruś." with the relations the tree gives Litwę and Białoruś.</summary>
    private static ConlluSentence Attack(string litwa, string bialorus) => new("t", "Litwę zaatakowała Białoruś.",
    [
        W("Litwę", "Litwa", "PROPN", "Case=Acc", 2, litwa),
        W("zaatakowała", "zaatakować", "VERB", "VerbForm=Fin", 0, "root"),
        W("Białoruś", "Białoruś", "PROPN", "Case=Nom", 2, bialorus, spaceAfter: false),
        W(".", ".", "PUNCT", "", 2, "punct"),
    ]);

    [Fact]
    public void Object_first_order_the_subject_is_the_source_and_the_object_the_target() =>
        Assert.Equal(new ArgumentAgreementScores(1, 1, 1, 0, 1, 1, 0) { TriggerVerbs = 1, TriggerVerbsFound = 1 }, Score(Attack("obj", "nsubj")));

    [Fact]
    public void A_tree_whose_subject_the_event_puts_on_the_other_side_counts_as_swapped() =>
        // The tree (deliberately wrong here) says Litwa is the subject and Białoruś the object: the extractor disagrees on both.
        Assert.Equal(new ArgumentAgreementScores(1, 1, 0, 1, 1, 0, 1) { TriggerVerbs = 1, TriggerVerbsFound = 1 }, Score(Attack("nsubj", "obj")));

    [Fact]
    public void A_sentence_with_no_verb_event_counts_nothing()
    {
        ConlluSentence sentence = new("t3", "Pogoda była ładna.",
        [
            W("Pogoda", "pogoda", "NOUN", "Case=Nom", 3, "nsubj"),
            W("była", "być", "AUX", "", 3, "cop"),
            W("ładna", "ładny", "ADJ", "", 0, "root", spaceAfter: false),
            W(".", ".", "PUNCT", "", 3, "punct"),
        ]);
        Assert.Equal(ArgumentAgreementScores.Empty, Score(sentence));
    }

    [Fact]
    public void A_dictionary_verb_with_an_actor_and_no_event_counts_as_not_found()
    {
        // "spotkać się" needs its "się" among the verb's dependents; the tree gives it, the text (without it) gives no event.
        ConlluSentence sentence = new("t4", "Litwa spotkała Łotwę.",
        [
            W("Litwa", "Litwa", "PROPN", "Case=Nom", 2, "nsubj"),
            W("spotkała", "spotkać", "VERB", "VerbForm=Fin", 0, "root"),
            W("się", "się", "PRON", "", 2, "expl:pv"),
            W("Łotwę", "Łotwa", "PROPN", "Case=Acc", 2, "obj", spaceAfter: false),
            W(".", ".", "PUNCT", "", 2, "punct"),
        ]);
        Assert.Equal(ArgumentAgreementScores.Empty with { TriggerVerbs = 1 }, Score(sentence));
    }

    [Fact]
    public void Words_are_aligned_to_the_text_in_order_also_inside_a_multiword_token()
    {
        // "zrobiłem" is two syntactic words in UD: "zrobił" and "em".
        (int, int)[] spans = ArgumentAgreement.Align("Ja zrobiłem to.", [W("Ja", "ja", "PRON", "", 2, "nsubj"), W("zrobił", "zrobić", "VERB", "", 0, "root", false), W("em", "być", "AUX", "", 2, "aux"), W("to", "to", "PRON", "", 2, "obj", false), W(".", ".", "PUNCT", "", 2, "punct")]);
        Assert.Equal([(0, 2), (3, 9), (9, 11), (12, 14), (14, 15)], spans);
    }
}
