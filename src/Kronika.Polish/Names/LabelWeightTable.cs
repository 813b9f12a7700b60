using System.Numerics;
using System.Runtime.CompilerServices;
using Kronika.Polish.Tagging;

namespace Kronika.Polish.Names;

/// <summary>
/// The recogniser's word-feature weights for fast scoring: an open-addressing table whose slot holds the
/// feature's key and the weights of all labels side by side (64 bytes), so that scoring a feature costs one
/// memory access instead of two (index, then a sparse row elsewhere). Built from <see cref="FeatureWeights"/>
/// when a model is made or loaded; immutable and thread-safe.
/// </summary>
internal sealed class LabelWeightTable
{
    /// <summary>Weights per slot: the label count, padded so that key and weights fill a cache line.</summary>
    public const int Width = 14;

    [InlineArray(Width)]
    private struct Row
    {
        private float _first;
    }

    private struct Slot
    {
        public ulong Key;
        public Row Weights;
    }

    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly int _labels;

    public LabelWeightTable(FeatureWeights weights, int labels)
    {
        if (labels > Width)
        {
            throw new ArgumentOutOfRangeException(nameof(labels), $"At most {Width} labels fit in a slot.");
        }

        // Load factor at most 0.75, so that probe runs stay short.
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, weights.FeatureCount * 4 / 3));
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        _labels = labels;
        foreach ((ulong key, WeightEntry[] entries) in weights.Rows())
        {
            int slot = (int)(key >> 3) & _mask;
            while (_slots[slot].Key != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot].Key = key;
            foreach (WeightEntry entry in entries)
            {
                _slots[slot].Weights[entry.Output] = entry.Weight;
            }
        }
    }

    /// <summary>Adds to <paramref name="scores"/> (one per label) the weights of every feature in <paramref name="features"/>; 0 is no feature.</summary>
    public void AddTo(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Slot[] slots = _slots;
        Span<float> sum = stackalloc float[Width];
        foreach (ulong key in features)
        {
            if (key == 0)
            {
                continue;
            }

            int slot = (int)(key >> 3) & _mask;
            while (true)
            {
                ref Slot found = ref slots[slot];
                if (found.Key == key)
                {
                    ReadOnlySpan<float> w = found.Weights;
                    for (int a = 0; a < w.Length; a++)
                    {
                        sum[a] += w[a];
                    }

                    break;
                }

                if (found.Key == 0)
                {
                    break;
                }

                slot = (slot + 1) & _mask;
            }
        }

        for (int a = 0; a < _labels; a++)
        {
            scores[a] += sum[a];
        }
    }
}
