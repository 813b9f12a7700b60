using Kronika.Core.Corpora;
using Kronika.Core.Text;
using Kronika.Polish.Tagging;

namespace Kronika.Polish.Evaluation;

/// <summary>
/// Scores the tagger against a CoNLL-U gold standard (UD Polish PDB). The gold tokenisation is kept, so
/// that only lemmas and tags are measured. What is compared:
/// <list type="bullet">
/// <item>lemma: exact string equality with the gold LEMMA (and, reported separately, ignoring letter case);</item>
/// <item>UPOS: the NKJP tag and lemma mapped to UPOS by <c>data/ud-upos.txt</c>;</item>
/// <item>case: over gold words that carry a UD <c>Case</c> feature, the case value of the chosen NKJP tag mapped
///   nom→Nom, gen→Gen, dat→Dat, acc→Acc, inst→Ins, loc→Loc, voc→Voc (a word with no case in its tag counts as wrong);</item>
/// <item>full tag: the chosen NKJP tag equals the gold XPOS exactly; and "comparable", after reconciling the
///   two versions of the NKJP tagset (the treebank's <c>part</c> is the older <c>qub</c>; numeral
///   <c>col/ncol</c> values, which the older tagset lacks, are dropped on both sides).</item>
/// </list>
/// </summary>
public sealed class MorphologyEvaluator(PolishTagger tagger, NkjpTagset tagset, UniversalPosMapper upos)
{
    public MorphologyScores Evaluate(IEnumerable<ConlluSentence> sentences, CancellationToken cancellationToken = default)
    {
        var scores = new MorphologyScores();
        foreach (ConlluSentence sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string[] forms = sentence.Words.Select(w => w.Form).ToArray();
            TokenKind[] kinds = forms.Select(CandidateProvider.KindOf).ToArray();
            MorphAnalysis[] predicted = tagger.TagWords(forms, kinds);
            for (int i = 0; i < forms.Length; i++)
            {
                scores.Add(sentence.Words[i], predicted[i], tagset.Parse(predicted[i].Tag), upos);
            }
        }

        return scores;
    }
}

/// <summary>Counts of a morphology evaluation.</summary>
public sealed class MorphologyScores
{
    public int Words { get; private set; }

    public int LemmaCorrect { get; private set; }

    public int LemmaCorrectIgnoringCase { get; private set; }

    public int UposCorrect { get; private set; }

    public int CaseWords { get; private set; }

    public int CaseCorrect { get; private set; }

    public int TagCorrect { get; private set; }

    public int ComparableTagCorrect { get; private set; }

    public double Lemma => Metrics.Ratio(LemmaCorrect, Words);

    public double LemmaIgnoringCase => Metrics.Ratio(LemmaCorrectIgnoringCase, Words);

    public double Upos => Metrics.Ratio(UposCorrect, Words);

    public double Case => Metrics.Ratio(CaseCorrect, CaseWords);

    public double Tag => Metrics.Ratio(TagCorrect, Words);

    public double ComparableTag => Metrics.Ratio(ComparableTagCorrect, Words);

    internal void Add(ConlluWord gold, MorphAnalysis predicted, ParsedTag parsed, UniversalPosMapper upos)
    {
        Words++;
        LemmaCorrect += gold.Lemma == predicted.Lemma ? 1 : 0;
        LemmaCorrectIgnoringCase += string.Equals(gold.Lemma, predicted.Lemma, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        UposCorrect += gold.Upos == upos.Map(predicted.Tag, predicted.Lemma) ? 1 : 0;
        if (gold.Features.TryGetValue("Case", out string? goldCase))
        {
            CaseWords++;
            CaseCorrect += goldCase == UniversalPosMapper.UdCase(parsed.Case) ? 1 : 0;
        }

        TagCorrect += gold.Xpos == predicted.Tag ? 1 : 0;
        ComparableTagCorrect += TagsetVersions.Comparable(gold.Xpos) == TagsetVersions.Comparable(predicted.Tag) ? 1 : 0;
    }

}
