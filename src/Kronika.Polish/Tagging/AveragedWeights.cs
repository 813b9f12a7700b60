namespace Kronika.Polish.Tagging;

/// <summary>
/// The weights of an averaged perceptron while it trains (Collins 2002): a dense row of outputs per
/// feature, with the running sums that give, at the end, each weight's average over all steps — which
/// generalises much better than the last weights. Averaging is lazy: a weight's sum is brought up to
/// date only when the weight changes.
/// </summary>
internal sealed class AveragedWeights(int outputs)
{
    private readonly Dictionary<ulong, int> _rowOfFeature = [];
    private readonly List<float[]> _weights = [];
    private readonly List<double[]> _totals = [];
    private readonly List<int[]> _stamps = [];

    public int Outputs => outputs;

    public int FeatureCount => _rowOfFeature.Count;

    /// <summary>Adds the current weights of <paramref name="feature"/> to <paramref name="scores"/>.</summary>
    public void AddTo(ulong feature, Span<float> scores)
    {
        if (_rowOfFeature.TryGetValue(feature, out int row))
        {
            float[] w = _weights[row];
            for (int a = 0; a < outputs; a++)
            {
                scores[a] += w[a];
            }
        }
    }

    /// <summary>Changes the weight of (<paramref name="feature"/>, <paramref name="output"/>) by <paramref name="delta"/> at training step <paramref name="step"/>.</summary>
    public void Update(ulong feature, int output, int step, float delta)
    {
        if (!_rowOfFeature.TryGetValue(feature, out int row))
        {
            row = _weights.Count;
            _rowOfFeature[feature] = row;
            _weights.Add(new float[outputs]);
            _totals.Add(new double[outputs]);
            _stamps.Add(new int[outputs]);
        }

        float[] w = _weights[row];
        int[] stamp = _stamps[row];
        _totals[row][output] += (double)(step - stamp[output]) * w[output];
        stamp[output] = step;
        w[output] += delta;
    }

    /// <summary>The averaged weights after <paramref name="steps"/> steps, without those smaller than <paramref name="epsilon"/>.</summary>
    public FeatureWeights Average(int steps, float epsilon)
    {
        var rows = new List<(ulong, WeightEntry[])>(_rowOfFeature.Count);
        var entries = new List<WeightEntry>(outputs);
        foreach ((ulong feature, int row) in _rowOfFeature)
        {
            entries.Clear();
            for (int a = 0; a < outputs; a++)
            {
                double total = _totals[row][a] + (double)(steps - _stamps[row][a]) * _weights[row][a];
                float average = (float)(total / steps);
                if (Math.Abs(average) > epsilon)
                {
                    entries.Add(new WeightEntry((ushort)a, average));
                }
            }

            if (entries.Count > 0)
            {
                rows.Add((feature, [.. entries]));
            }
        }

        return new FeatureWeights(rows);
    }
}
