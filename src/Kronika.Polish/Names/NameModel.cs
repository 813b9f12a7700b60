using Kronika.Polish.Morphology;
using Kronika.Polish.Tagging;

namespace Kronika.Polish.Names;

/// <summary>
/// A trained name recogniser: averaged-perceptron weights of the word features for each BIO label, and
/// label-transition weights per capitalisation class; a sentence is labelled by Viterbi decoding.
/// Immutable and thread-safe.
/// </summary>
public sealed class NameModel
{
    private const string Magic = "KRONIKA-NER";
    private const int FormatVersion = 3;

    [ThreadStatic]
    private static NameScratch? t_scratch;

    private readonly FeatureWeights _weights;
    private readonly LabelWeightTable _table;
    private readonly float[] _transitions;
    private readonly float[] _transitionRows;
    private readonly NameFeatures _features;

    internal NameModel(FeatureWeights weights, float[] transitions, NameLexicons lexicons, IWordAnalyzer dictionary)
        : this(weights, transitions, () => (lexicons, dictionary))
    {
    }

    /// <param name="resources">The word lists and the dictionary, asked for once the weights are tabled: they may
    /// still be loading on other threads.</param>
    private NameModel(FeatureWeights weights, float[] transitions, Func<(NameLexicons Lexicons, IWordAnalyzer Dictionary)> resources)
    {
        if (transitions.Length != NameFeatures.Classes * NameLabels.Count * NameLabels.Count)
        {
            throw new InvalidDataException($"Expected {NameFeatures.Classes * NameLabels.Count * NameLabels.Count} transition weights, got {transitions.Length}.");
        }

        _weights = weights;
        _table = new LabelWeightTable(weights, NameLabels.Count);
        _transitions = transitions;
        _transitionRows = NameDecoder.Rows(transitions);
        (NameLexicons lexicons, IWordAnalyzer dictionary) = resources();
        _features = new NameFeatures(lexicons, dictionary);
    }

    public int FeatureCount => _weights.FeatureCount;

    public int WeightCount => _weights.WeightCount;

    /// <summary>The BIO label of each word (see <see cref="NameLabels"/>).</summary>
    /// <param name="memory">
    /// The labels given to the earlier sentences of the same document, which this sentence's are then added
    /// to; null for a sentence read alone. Label a document's sentences in order with one memory.
    /// </param>
    public int[] Label(NameSentence sentence, NameDocumentMemory? memory = null)
    {
        int n = sentence.Length;
        int count = NameLabels.Count;
        NameScratch scratch = t_scratch ??= new NameScratch();
        _features.Extract(sentence, scratch, memory);
        Span<float> emissions = scratch.Emissions.AsSpan(0, n * count);
        emissions.Clear();
        for (int i = 0; i < n; i++)
        {
            if (!scratch.Outside[i])
            {
                _table.AddTo(scratch.Features.AsSpan(i * NameFeatures.PerWord, NameFeatures.PerWord), emissions.Slice(i * count, count));
            }
        }

        var labels = new int[n];
        NameDecoder.Decode(emissions, _transitions, scratch.Classes.AsSpan(0, n), scratch.Outside.AsSpan(0, n), labels, scratch, _transitionRows);
        memory?.Remember(scratch.Words.AsSpan(0, n), scratch.Lemmas.AsSpan(0, n), scratch.Classes.AsSpan(0, n), scratch.Outside.AsSpan(0, n), labels);
        return labels;
    }

    public void Save(string path) => ModelFile.Write(path, Magic, FormatVersion, writer =>
    {
        writer.Write(NameLabels.Count);
        writer.Write(NameFeatures.Classes);
        foreach (float weight in _transitions)
        {
            writer.Write(weight);
        }

        _weights.Write(writer);
    });

    /// <exception cref="InvalidDataException">The file is not a Kronika name model of this version.</exception>
    public static NameModel Load(string path, NameLexicons lexicons, IWordAnalyzer dictionary) => Load(path, () => (lexicons, dictionary));

    /// <summary>Reads the weights first and asks for <paramref name="resources"/> (which may still be loading elsewhere) only then.</summary>
    /// <exception cref="InvalidDataException">The file is not a Kronika name model of this version.</exception>
    public static NameModel Load(string path, Func<(NameLexicons Lexicons, IWordAnalyzer Dictionary)> resources) =>
        ModelFile.Read(path, Magic, FormatVersion, "name model", reader =>
        {
            int labels = reader.ReadInt32();
            int classes = reader.ReadInt32();
            if (labels != NameLabels.Count || classes != NameFeatures.Classes)
            {
                throw new InvalidDataException($"{path} has {labels} labels and {classes} classes, this Kronika expects {NameLabels.Count} and {NameFeatures.Classes}.");
            }

            var transitions = new float[classes * labels * labels];
            for (int i = 0; i < transitions.Length; i++)
            {
                transitions[i] = reader.ReadSingle();
            }

            return new NameModel(FeatureWeights.Read(reader), transitions, resources);
        });
}
