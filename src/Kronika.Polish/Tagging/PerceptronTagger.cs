using System.Buffers;
using Kronika.Core.Text;

namespace Kronika.Polish.Tagging;

/// <summary>
/// A greedy left-to-right averaged-perceptron tagger that chooses, for each word, one of the analyses the
/// dictionary (or the guesser) allows. A candidate's score is the sum, over the word's features, of the
/// weights of the candidate's tag atoms (part of speech, case, number, gender…). Immutable and thread-safe.
/// </summary>
public sealed class PerceptronTagger
{
    private const string Magic = "KRONIKA-TAGGER";
    private const int FormatVersion = 1;

    private readonly TagAtoms _atoms;
    private readonly CandidateInfoCache _candidateInfo;
    private readonly FeatureWeights _weights;
    private readonly TaggerRows _rows;
    private readonly Dictionary<string, int> _lemmaPrior;

    internal PerceptronTagger(NkjpTagset tagset, TagAtoms atoms, FeatureWeights weights, Dictionary<string, int> lemmaPrior)
    {
        _atoms = atoms;
        _candidateInfo = new CandidateInfoCache(tagset, atoms);
        _weights = weights;
        _rows = new TaggerRows(weights);
        _lemmaPrior = lemmaPrior;
    }

    public int FeatureCount => _weights.FeatureCount;

    public int WeightCount => _weights.WeightCount;

    internal FeatureWeights Weights => _weights;

    internal TaggerRows Rows => _rows;

    /// <summary>Chooses one candidate per word, writing <see cref="TaggingSentence.Chosen"/>.</summary>
    public void Tag(TaggingSentence sentence) => Tag(new TaggerFeatures.SentenceContext(sentence, _candidateInfo), sentence.Candidates);

    /// <summary>Chooses one of <paramref name="candidates"/> per word, writing its index to <paramref name="chosen"/>.</summary>
    internal void Tag(MorphAnalysis[][] candidates, WordFeatures[] words, int[] chosen) =>
        Tag(new TaggerFeatures.SentenceContext(candidates, chosen, words), candidates);

    /// <summary>The features of the word of <paramref name="entry"/>, computed for this model once and kept with the entry.</summary>
    internal WordFeatures FeaturesOf(CandidateEntry entry)
    {
        if (entry.Features is { } known && ReferenceEquals(known.Owner, this))
        {
            return known;
        }

        var features = new WordFeatures(entry.Form, _candidateInfo.Get(entry.Analyses)) { Owner = this };
        entry.Features = features;
        return features;
    }

    private void Tag(TaggerFeatures.SentenceContext context, MorphAnalysis[][] sentence)
    {
        Span<ulong> features = stackalloc ulong[TaggerFeatures.MaxFeatures];
        Span<WeightRow> rows = stackalloc WeightRow[TaggerFeatures.MaxFeatures];
        // Long enough for the weights to add their dense rows whole (a few more than the atoms).
        int width = Math.Max(_atoms.Count, _weights.ScoreLength);
        float[] scores = ArrayPool<float>.Shared.Rent(width);
        try
        {
            for (int i = 0; i < sentence.Length; i++)
            {
                MorphAnalysis[] candidates = sentence[i];
                if (candidates.Length <= 1)
                {
                    context.Choose(i, 0);
                    continue;
                }

                // The form-only features come first and are the same wherever the word stands (but for the
                // first word's shape): their sums over the atoms that the candidates' scores read are kept with
                // the word, and the scores start from them. The rows of the rest are added in their order, so
                // those atoms' sums are the same, bit for bit, as adding every feature in order.
                CandidateInfo info = context.Candidates(i);
                WordFeatures word = context.WordAt(i);
                float[] wordScores = i == 0
                    ? word.FirstWordScores ??= WordScores(context, i, info, features, scores, width)
                    : word.WordScores ??= WordScores(context, i, info, features, scores, width);
                Array.Clear(scores, 0, width);
                int[] union = info.AtomUnion;
                for (int a = 0; a < union.Length; a++)
                {
                    scores[union[a]] = wordScores[a];
                }

                int n = context.ContextRows(i, _rows, rows);
                _weights.AddRows(rows[..n], scores);

                context.Choose(i, Best(candidates, info, scores));
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
        }
    }

    /// <summary>The sums of the weights of word <paramref name="i"/>'s form-only features over the atoms of <see cref="CandidateInfo.AtomUnion"/>.</summary>
    private float[] WordScores(TaggerFeatures.SentenceContext context, int i, CandidateInfo info, Span<ulong> features, float[] scores, int width)
    {
        Array.Clear(scores, 0, width);
        int n = context.ExtractWordOnly(i, features);
        _weights.AddTo(features[..n], scores);
        var sums = new float[info.AtomUnion.Length];
        for (int a = 0; a < sums.Length; a++)
        {
            sums[a] = scores[info.AtomUnion[a]];
        }

        return sums;
    }

    private int Best(MorphAnalysis[] candidates, CandidateInfo info, float[] atomScores)
    {
        int best = 0;
        float bestScore = float.NegativeInfinity;
        int bestPrior = -1;
        for (int c = 0; c < candidates.Length; c++)
        {
            float score = info.Score(c, atomScores);

            if (score > bestScore)
            {
                best = c;
                bestScore = score;
                bestPrior = -1;
            }
            else if (score == bestScore)
            {
                // Same score means same tag: the lemma seen more often in training wins.
                if (bestPrior < 0)
                {
                    bestPrior = _lemmaPrior.GetValueOrDefault(candidates[best].Lemma);
                }

                int prior = _lemmaPrior.GetValueOrDefault(candidates[c].Lemma);
                if (prior > bestPrior)
                {
                    best = c;
                    bestPrior = prior;
                }
            }
        }

        return best;
    }

    public void Save(string path) => ModelFile.Write(path, Magic, FormatVersion, writer =>
    {
        writer.Write(_atoms.Count);
        foreach (string name in _atoms.Names)
        {
            writer.Write(name);
        }

        writer.Write(_lemmaPrior.Count);
        foreach ((string lemma, int count) in _lemmaPrior.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(lemma);
            writer.Write(count);
        }

        _weights.Write(writer);
    });

    /// <exception cref="InvalidDataException">The file is not a Kronika tagger model of this version.</exception>
    public static PerceptronTagger Load(string path, NkjpTagset tagset) => ModelFile.Read(path, Magic, FormatVersion, "tagger model", reader =>
        {
            int atomCount = reader.ReadInt32();
            var names = new string[atomCount];
            for (int i = 0; i < atomCount; i++)
            {
                names[i] = reader.ReadString();
            }

            int priorCount = reader.ReadInt32();
            var prior = new Dictionary<string, int>(priorCount, StringComparer.Ordinal);
            for (int i = 0; i < priorCount; i++)
            {
                prior[reader.ReadString()] = reader.ReadInt32();
            }

            return new PerceptronTagger(tagset, new TagAtoms(tagset, names, growable: false), FeatureWeights.Read(reader), prior);
        });
}
