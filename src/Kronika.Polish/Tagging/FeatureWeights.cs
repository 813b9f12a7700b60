using System.Runtime.Intrinsics.X86;

namespace Kronika.Polish.Tagging;

/// <summary>One weight of a feature row: the output (tag atom, label) it scores and its value, side by side in memory.</summary>
internal readonly record struct WeightEntry(ushort Output, float Weight);

/// <summary>
/// The trained weights of a linear model over hashed features: for each feature, a sparse row of
/// (output, weight) entries. Immutable; written in the model files as feature, entry count, then
/// (output, half-precision weight) pairs.
/// </summary>
internal sealed class FeatureWeights
{
    private readonly FeatureIndex _rows;
    private readonly WeightEntry[] _weights;

    public FeatureWeights(IReadOnlyList<(ulong Feature, WeightEntry[] Entries)> rows)
    {
        var index = new (ulong Key, int Start, int Length)[rows.Count];
        _weights = new WeightEntry[rows.Sum(r => r.Entries.Length)];
        int start = 0;
        for (int r = 0; r < rows.Count; r++)
        {
            rows[r].Entries.CopyTo(_weights, start);
            index[r] = (rows[r].Feature, start, rows[r].Entries.Length);
            start += rows[r].Entries.Length;
        }

        _rows = new FeatureIndex(index);
    }

    /// <summary>The rows (start and length in <paramref name="weights"/>) as read, without copying them.</summary>
    private FeatureWeights((ulong Key, int Start, int Length)[] index, WeightEntry[] weights)
    {
        _weights = weights;
        _rows = new FeatureIndex(index);
    }

    public int FeatureCount => _rows.Count;

    public int WeightCount => _weights.Length;

    /// <summary>Adds the weights of <paramref name="feature"/> to <paramref name="scores"/> (indexed by output).</summary>
    public void AddTo(ulong feature, Span<float> scores)
    {
        if (_rows.TryGetRow(feature, out int start, out int length))
        {
            foreach (WeightEntry entry in _weights.AsSpan(start, length))
            {
                scores[entry.Output] += entry.Weight;
            }
        }
    }

    /// <summary>
    /// Adds the weights of every feature in <paramref name="features"/> (at most <see cref="MaxBatch"/>) to
    /// <paramref name="scores"/>, in the order of the features: the same sums, bit for bit, as calling
    /// <see cref="AddTo(ulong, Span{float})"/> for each. The rows are found first, and each row asked for
    /// (prefetch) before any is read, so that the memory misses overlap.
    /// </summary>
    public unsafe void AddTo(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<int> starts = stackalloc int[MaxBatch];
        Span<int> lengths = stackalloc int[MaxBatch];
        starts = starts[..features.Length];
        lengths = lengths[..features.Length];
        _rows.FindRows(features, starts, lengths);
        if (Sse.IsSupported)
        {
            fixed (WeightEntry* weights = _weights)
            {
                for (int f = 0; f < starts.Length; f++)
                {
                    Sse.Prefetch0(weights + starts[f]);
                }
            }
        }

        for (int f = 0; f < starts.Length; f++)
        {
            foreach (WeightEntry entry in _weights.AsSpan(starts[f], lengths[f]))
            {
                scores[entry.Output] += entry.Weight;
            }
        }
    }

    /// <summary>The most features <see cref="AddTo(ReadOnlySpan{ulong}, Span{float})"/> takes at once.</summary>
    public const int MaxBatch = 64;

    /// <summary>Every feature with its weights, in the order of the weight array.</summary>
    public IEnumerable<(ulong Feature, WeightEntry[] Entries)> Rows() =>
        _rows.Rows().Select(r => (r.Key, _weights.AsSpan(r.Start, r.Length).ToArray()));

    /// <summary>
    /// Calls <paramref name="visit"/> with every feature and its weights, in the order of the hash table (no
    /// sorting, no copies): for building another table from these weights.
    /// </summary>
    public void VisitRows(RowVisitor visit)
    {
        foreach ((ulong key, int start, int length) in _rows.UnorderedRows())
        {
            visit(key, _weights.AsSpan(start, length));
        }
    }

    public void Write(BinaryWriter writer)
    {
        var rows = _rows.Rows().ToArray();
        writer.Write(rows.Length);
        foreach ((ulong feature, int start, int length) in rows)
        {
            writer.Write(feature);
            writer.Write((ushort)length);
            foreach (WeightEntry entry in _weights.AsSpan(start, length))
            {
                writer.Write(entry.Output);
                writer.Write((Half)entry.Weight);
            }
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote, straight into one weight array (no array per row).</summary>
    public static FeatureWeights Read(BinaryReader reader)
    {
        int rowCount = reader.ReadInt32();
        if (rowCount < 0)
        {
            throw new InvalidDataException($"A weight table cannot have {rowCount} rows.");
        }

        var index = new (ulong Key, int Start, int Length)[rowCount];
        var weights = new WeightEntry[Math.Max(16, rowCount * 4)];
        int total = 0;
        for (int row = 0; row < rowCount; row++)
        {
            ulong feature = reader.ReadUInt64();
            int length = reader.ReadUInt16();
            if (total + length > weights.Length)
            {
                Array.Resize(ref weights, Math.Max(weights.Length * 2, total + length));
            }

            for (int e = 0; e < length; e++)
            {
                weights[total + e] = new WeightEntry(reader.ReadUInt16(), (float)reader.ReadHalf());
            }

            index[row] = (feature, total, length);
            total += length;
        }

        Array.Resize(ref weights, total);
        return new FeatureWeights(index, weights);
    }
}

/// <summary>Receives one feature's row of weights from <see cref="FeatureWeights.VisitRows"/>.</summary>
internal delegate void RowVisitor(ulong feature, ReadOnlySpan<WeightEntry> entries);
