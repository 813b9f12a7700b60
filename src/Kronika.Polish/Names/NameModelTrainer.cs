using Kronika.Polish.Morphology;
using Kronika.Polish.Tagging;

namespace Kronika.Polish.Names;

/// <summary>
/// A training sentence: its words, the gold BIO label of each (see <see cref="NameLabels"/>), how much
/// its mistakes change the weights (less for a corpus whose annotation rules differ from the one that matters
/// most), and the document it belongs to (consecutive sentences with the same number ≥ 0 are one document,
/// in reading order; a negative number is a sentence alone).
/// </summary>
public sealed record NameTrainingSentence(NameSentence Sentence, int[] Gold, float Weight = 1, int Document = -1);

/// <summary>
/// Trains a <see cref="NameModel"/> as a structured averaged perceptron (Collins 2002): decode each
/// sentence with the current weights and, where the best sequence differs from the gold one, reward the
/// gold labels' features and transitions and penalise the predicted ones. Word features seen fewer than
/// <c>minCount</c> times in the training data get no weight, which keeps the model small. Documents are
/// visited in random order, each one's sentences in reading order, and the document-memory features are
/// filled from the labels the current weights gave the document's earlier sentences (not the gold ones):
/// what the recogniser will have when it runs.
/// </summary>
public sealed class NameModelTrainer(NameLexicons lexicons, IWordAnalyzer dictionary)
{
    public NameModel Train(IReadOnlyList<NameTrainingSentence> data, int epochs, int seed, int minCount = 2, Action<string>? log = null)
    {
        int count = NameLabels.Count;
        var extractor = new NameFeatures(lexicons, dictionary);
        var features = new ulong[data.Count][];
        var classes = new byte[data.Count][];
        var outside = new bool[data.Count][];
        var gold = new int[data.Count][];
        var words = new ulong[data.Count][];
        var lemmas = new ulong[data.Count][];
        int unreachable = 0;
        var frequency = new Dictionary<ulong, int>();
        var scratch = new NameScratch();
        for (int s = 0; s < data.Count; s++)
        {
            NameSentence sentence = data[s].Sentence;
            extractor.Extract(sentence, scratch);
            features[s] = scratch.Features.AsSpan(0, sentence.Length * NameFeatures.PerWord).ToArray();
            classes[s] = scratch.Classes.AsSpan(0, sentence.Length).ToArray();
            outside[s] = scratch.Outside.AsSpan(0, sentence.Length).ToArray();
            words[s] = scratch.Words.AsSpan(0, sentence.Length).ToArray();
            lemmas[s] = scratch.Lemmas.AsSpan(0, sentence.Length).ToArray();
            foreach (ulong feature in features[s])
            {
                frequency[feature] = frequency.GetValueOrDefault(feature) + 1;
            }

            // The recogniser cannot label those words, so they are outside names in what it learns from too.
            gold[s] = (int[])data[s].Gold.Clone();
            for (int i = 0; i < sentence.Length; i++)
            {
                if (outside[s][i] && gold[s][i] != NameLabels.Outside)
                {
                    unreachable++;
                    gold[s][i] = NameLabels.Outside;
                }
            }

            gold[s] = NameLabels.Encode(sentence.Length, NameLabels.Decode(gold[s]));
        }

        // 0 is no feature: the words taken to be outside every name have only zeros.
        var kept = frequency.Where(p => p.Value >= minCount && p.Key != 0).Select(p => p.Key).ToHashSet();
        log?.Invoke($"{frequency.Count:N0} distinct word features, {kept.Count:N0} seen at least {minCount} times; {unreachable:N0} name words are plain words between plain words, which the recogniser never labels");
        frequency = null;

        var weights = new AveragedWeights(count);
        var transitionWeights = new AveragedWeights(count);
        var transitions = new float[NameFeatures.Classes * count * count];
        (int First, int Count)[] documents = Documents(data);
        var memory = new NameDocumentMemory();
        var random = new Random(seed);
        int step = 0;
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(documents);
            long wordCount = 0, wrongWords = 0;
            foreach (int s in documents.SelectMany(d => Enumerable.Range(d.First, d.Count)))
            {
                step++;
                if (IsFirstOfDocument(data, s))
                {
                    memory.Clear();
                }

                int n = gold[s].Length;
                if (n == 0)
                {
                    continue;
                }

                NameFeatures.Recall(memory, words[s], lemmas[s], classes[s], outside[s], features[s]);
                var emissions = new float[n * count];
                for (int i = 0; i < n; i++)
                {
                    if (outside[s][i])
                    {
                        continue;
                    }

                    Span<float> scores = emissions.AsSpan(i * count, count);
                    foreach (ulong feature in features[s].AsSpan(i * NameFeatures.PerWord, NameFeatures.PerWord))
                    {
                        weights.AddTo(feature, scores);
                    }
                }

                FillTransitions(transitionWeights, transitions);
                var predicted = new int[n];
                NameDecoder.Decode(emissions, transitions, classes[s], outside[s], predicted, scratch);
                memory.Remember(words[s], lemmas[s], classes[s], outside[s], predicted);
                wordCount += n;
                for (int i = 0; i < n; i++)
                {
                    int goldPrevious = i == 0 ? NameLabels.Outside : gold[s][i - 1];
                    int predictedPrevious = i == 0 ? NameLabels.Outside : predicted[i - 1];
                    if (gold[s][i] != predicted[i])
                    {
                        wrongWords++;
                        ReadOnlySpan<ulong> here = features[s].AsSpan(i * NameFeatures.PerWord, NameFeatures.PerWord);
                        for (int j = 0; j < here.Length; j++)
                        {
                            // The document-memory features are few and change from epoch to epoch: counted or not, all are kept.
                            ulong feature = here[j];
                            if (feature != 0 && (j >= NameFeatures.PerWord - NameFeatures.Remembered || kept.Contains(feature)))
                            {
                                weights.Update(feature, gold[s][i], step, +data[s].Weight);
                                weights.Update(feature, predicted[i], step, -data[s].Weight);
                            }
                        }
                    }

                    if (gold[s][i] != predicted[i] || goldPrevious != predictedPrevious)
                    {
                        byte c = classes[s][i];
                        float weight = data[s].Weight;
                        transitionWeights.Update(TransitionFeature(goldPrevious, NameFeatures.Classes), gold[s][i], step, +weight);
                        transitionWeights.Update(TransitionFeature(goldPrevious, c), gold[s][i], step, +weight);
                        transitionWeights.Update(TransitionFeature(predictedPrevious, NameFeatures.Classes), predicted[i], step, -weight);
                        transitionWeights.Update(TransitionFeature(predictedPrevious, c), predicted[i], step, -weight);
                    }
                }
            }

            log?.Invoke($"epoch {epoch}: {wordCount:N0} words, {100.0 * wrongWords / Math.Max(1, wordCount):F2}% labelled wrong, {weights.FeatureCount:N0} features with weights");
        }

        var averagedTransitions = new float[transitions.Length];
        FillTransitions(transitionWeights.Average(step, 0), averagedTransitions);
        return new NameModel(weights.Average(step, epsilon: 1e-3f), averagedTransitions, lexicons, dictionary);
    }

    /// <summary>The training documents as runs of consecutive sentences (a sentence alone is a run of one).</summary>
    private static (int First, int Count)[] Documents(IReadOnlyList<NameTrainingSentence> data)
    {
        var documents = new List<(int, int)>();
        int first = 0;
        for (int s = 1; s <= data.Count; s++)
        {
            if (s == data.Count || IsFirstOfDocument(data, s))
            {
                documents.Add((first, s - first));
                first = s;
            }
        }

        return [.. documents];
    }

    private static bool IsFirstOfDocument(IReadOnlyList<NameTrainingSentence> data, int s) =>
        s == 0 || data[s].Document < 0 || data[s].Document != data[s - 1].Document;

    /// <summary>The feature of a transition from <paramref name="previous"/>, for one class or (class = <see cref="NameFeatures.Classes"/>) for all.</summary>
    private static ulong TransitionFeature(int previous, int c) => FeatureHash.Feature(60, (ulong)previous, (ulong)c + 1);

    private static void FillTransitions(AveragedWeights weights, float[] table) =>
        FillTransitions((feature, row) => weights.AddTo(feature, row), table);

    private static void FillTransitions(FeatureWeights weights, float[] table) =>
        FillTransitions(weights.AddTo, table);

    private static void FillTransitions(AddWeights add, float[] table)
    {
        int count = NameLabels.Count;
        Array.Clear(table);
        for (int c = 0; c < NameFeatures.Classes; c++)
        {
            for (int p = 0; p < count; p++)
            {
                Span<float> row = table.AsSpan((c * count + p) * count, count);
                add(TransitionFeature(p, NameFeatures.Classes), row);
                add(TransitionFeature(p, c), row);
            }
        }
    }

    private delegate void AddWeights(ulong feature, Span<float> scores);
}
