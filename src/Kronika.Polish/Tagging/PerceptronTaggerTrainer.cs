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
        var rowOfFeature = new Dictionary<ulong, int>();
        var weights = new List<float[]>();
        var totals = new List<double[]>();
        var stamps = new List<int[]>();
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
                        if (rowOfFeature.TryGetValue(features[f], out int row))
                        {
                            float[] w = weights[row];
                            for (int a = 0; a < atomCount; a++)
                            {
                                scores[a] += w[a];
                            }
                        }
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
                            if (!rowOfFeature.TryGetValue(features[f], out int row))
                            {
                                row = weights.Count;
                                rowOfFeature[features[f]] = row;
                                weights.Add(new float[atomCount]);
                                totals.Add(new double[atomCount]);
                                stamps.Add(new int[atomCount]);
                            }

                            foreach (int a in plus)
                            {
                                Update(weights[row], totals[row], stamps[row], a, step, +1);
                            }

                            foreach (int a in minus)
                            {
                                Update(weights[row], totals[row], stamps[row], a, step, -1);
                            }
                        }
                    }

                    // Later words see what the tagger chose, as they will when tagging new text.
                    context.Choose(i, predicted);
                }
            }

            log?.Invoke($"epoch {epoch}: {words:N0} ambiguous words, {100.0 * errors / Math.Max(1, words):F2}% wrong, {rowOfFeature.Count:N0} features");
        }

        return Average(atoms, rowOfFeature, weights, totals, stamps, step, LemmaPrior(data));
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

    private static void Update(float[] w, double[] total, int[] stamp, int atom, int step, float delta)
    {
        total[atom] += (double)(step - stamp[atom]) * w[atom];
        stamp[atom] = step;
        w[atom] += delta;
    }

    private PerceptronTagger Average(
        TagAtoms atoms,
        Dictionary<ulong, int> rowOfFeature,
        List<float[]> weights,
        List<double[]> totals,
        List<int[]> stamps,
        int step,
        Dictionary<string, int> lemmaPrior)
    {
        const float Epsilon = 1e-3f;
        var newRowOfFeature = new Dictionary<ulong, int>();
        var rowStart = new List<int>();
        var entryAtom = new List<ushort>();
        var entryWeight = new List<float>();
        foreach ((ulong feature, int row) in rowOfFeature)
        {
            int start = entryAtom.Count;
            for (int a = 0; a < atoms.Count; a++)
            {
                double total = totals[row][a] + (double)(step - stamps[row][a]) * weights[row][a];
                float average = (float)(total / step);
                if (Math.Abs(average) > Epsilon)
                {
                    entryAtom.Add((ushort)a);
                    entryWeight.Add(average);
                }
            }

            if (entryAtom.Count > start)
            {
                newRowOfFeature[feature] = rowStart.Count;
                rowStart.Add(start);
            }
        }

        rowStart.Add(entryAtom.Count);
        return new PerceptronTagger(tagset, atoms, newRowOfFeature, [.. rowStart], [.. entryAtom], [.. entryWeight], lemmaPrior);
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
