using Kronika.Core.Corpora;
using Kronika.Core.Text;

namespace Kronika.Polish.Tagging;

/// <summary>A word of a training corpus with its gold lemma and tag.</summary>
public readonly record struct GoldWord(string Form, string Lemma, string Tag);

/// <summary>
/// Turns gold-annotated sentences into training examples: each word gets the candidates the tagger will
/// see at run time, and the index of the gold analysis among them (matched across tagset versions, see
/// <see cref="TagsetVersions"/>). Where the dictionary lacks the gold reading, it is added, so that the
/// model still learns from the word's context.
/// </summary>
public static class TaggerTrainingData
{
    /// <summary>
    /// The fixed held-out part of a CoNLL-U gold corpus: every fifth sentence (sent_id ending in a number
    /// divisible by 5, else the fifth, tenth… sentence of the file). Never trained on.
    /// </summary>
    public static bool IsHeldOut(ConlluSentence sentence, int indexInFile)
    {
        string? id = sentence.Id;
        int digits = id?.Length ?? 0;
        while (digits > 0 && char.IsDigit(id![digits - 1]))
        {
            digits--;
        }

        return id is not null && digits < id.Length && int.TryParse(id.AsSpan(digits), out int number)
            ? number % 5 == 0
            : (indexInFile + 1) % 5 == 0;
    }

    public static IEnumerable<GoldWord> FromConllu(ConlluSentence sentence) =>
        sentence.Words.Select(w => new GoldWord(w.Form, w.Lemma, w.Xpos));

    /// <summary>A CCL sentence whose tokens carry a chosen reading (KPWr: chosen by a tagger, so silver, not gold).</summary>
    public static IEnumerable<GoldWord> FromCcl(CclSentence sentence) =>
        sentence.Tokens.Select(t => new GoldWord(t.Orth, t.Chosen?.Base ?? t.Orth, t.Chosen?.Ctag ?? "ign"));

    public static TrainingSentence Build(IReadOnlyList<GoldWord> words, CandidateProvider candidates, out bool goldMissing)
    {
        int n = words.Count;
        var forms = new string[n];
        var lists = new MorphAnalysis[n][];
        var gold = new int[n];
        goldMissing = false;
        for (int i = 0; i < n; i++)
        {
            GoldWord word = words[i];
            forms[i] = word.Form;
            TokenKind kind = CandidateProvider.KindOf(word.Form);
            MorphAnalysis[] list = candidates.For(word.Form, kind);
            string goldTag = kind == TokenKind.Number ? "dig" : TagsetVersions.Comparable(word.Tag);
            int index = Array.FindIndex(list, c => c.Lemma == word.Lemma && TagsetVersions.Comparable(c.Tag) == goldTag);
            if (index < 0)
            {
                index = Array.FindIndex(list, c => TagsetVersions.Comparable(c.Tag) == goldTag);
            }

            if (index < 0)
            {
                goldMissing = true;
                list = [.. list, new MorphAnalysis(word.Lemma, goldTag)];
                index = list.Length - 1;
            }

            lists[i] = list;
            gold[i] = index;
        }

        return new TrainingSentence(new TaggingSentence(forms, lists), gold);
    }
}
