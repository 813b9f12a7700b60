using Kronika.Core.Text;

namespace Kronika.Polish.Tagging;

/// <summary>A training sentence: candidates for each word and the index of the gold analysis among them.</summary>
public sealed record TrainingSentence(TaggingSentence Sentence, int[] Gold);

/// <summary>
/// Trains a <see cref="PerceptronTagger"/> with the averaged perceptron (Collins 2002): tag each sentence
/// left to right with the current weights, and where the chosen tag is not the gold one, reward the gold
/// tag's atoms and penalise the chosen one's for every feature of the word. The returned weights are the
/// average over all steps, which generalises much better than the last weights.
/// </summary>
public sealed class PerceptronTaggerTrainer(NkjpTagset tagset)
{
    public PerceptronTagger Train(IReadOnlyList<TrainingSentence> data, int epochs, int seed, Action<string>? log = null)
    {
        var atoms = new TagAtoms(tagset, null, growable: true);
        foreach (TrainingSentence example in data)
        {
            foreach (MorphAnalysis[] candidates in example.Sentence.Candidates)
            {
                foreach (MorphAnalysis candidate in candidates)
                {
                    atoms.Of(candidate.Tag);
                }
            }
        }

        int atomCount = atoms.Count;
        var candidateInfo = new CandidateInfoCache(tagset, atoms);
        var weights = new AveragedWeights(atomCount);
        var scores = new float[atomCount];
        Span<ulong> features = stackalloc ulong[TaggerFeatures.MaxFeatures];
        int step = 0;
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new Random(seed);

        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            long words = 0, errors = 0;
            foreach (int index in order)
            {
                TrainingSentence example = data[index];
                TaggingSentence s = example.Sentence;
                var context = new TaggerFeatures.SentenceContext(s, candidateInfo);
                for (int i = 0; i < s.Length; i++)
                {
                    step++;
                    MorphAnalysis[] candidates = s.Candidates[i];
                    int gold = example.Gold[i];
                    if (candidates.Length <= 1)
                    {
                        context.Choose(i, 0);
                        continue;
                    }

                    int n = context.Extract(i, features);
                    Array.Clear(scores);
                    for (int f = 0; f < n; f++)
                    {
                        weights.AddTo(features[f], scores);
                    }

                    int predicted = Argmax(context.Candidates(i), scores);
                    words++;
                    string goldTag = candidates[gold].Tag;
                    string predictedTag = candidates[predicted].Tag;
                    if (goldTag != predictedTag)
                    {
                        errors++;
                        int[] plus = context.Candidates(i).Atoms[gold];
                        int[] minus = context.Candidates(i).Atoms[predicted];
                        for (int f = 0; f < n; f++)
                        {
                            foreach (int a in plus)
                            {
                                weights.Update(features[f], a, step, +1);
                            }

                            foreach (int a in minus)
                            {
                                weights.Update(features[f], a, step, -1);
                            }
                        }
                    }

                    // Later words see what the tagger chose, as they will when tagging new text.
                    context.Choose(i, predicted);
                }
            }

            log?.Invoke($"epoch {epoch}: {words:N0} ambiguous words, {100.0 * errors / Math.Max(1, words):F2}% wrong, {weights.FeatureCount:N0} features");
        }

        return new PerceptronTagger(tagset, atoms, weights.Average(step, epsilon: 1e-3f), LemmaPrior(data));
    }

    private static int Argmax(CandidateInfo info, float[] scores)
    {
        int best = 0;
        float bestScore = float.NegativeInfinity;
        for (int c = 0; c < info.Atoms.Length; c++)
        {
            float score = info.Score(c, scores);

            if (score > bestScore)
            {
                best = c;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>How often each lemma was the gold one where candidates with the same tag differ only in lemma.</summary>
    private static Dictionary<string, int> LemmaPrior(IReadOnlyList<TrainingSentence> data)
    {
        var prior = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (TrainingSentence example in data)
        {
            for (int i = 0; i < example.Sentence.Length; i++)
            {
                MorphAnalysis[] candidates = example.Sentence.Candidates[i];
                MorphAnalysis gold = candidates[example.Gold[i]];
                bool tie = candidates.Any(c => c.Tag == gold.Tag && c.Lemma != gold.Lemma);
                if (tie)
                {
                    prior[gold.Lemma] = prior.GetValueOrDefault(gold.Lemma) + 1;
                }
            }
        }

        return prior;
    }
}
