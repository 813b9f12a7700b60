using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Kronika.Polish.Tagging;

/// <summary>One weight of a feature row: the output (tag atom, label) it scores and its value, side by side in memory.</summary>
internal readonly record struct WeightEntry(ushort Output, float Weight);

/// <summary>
/// The trained weights of a linear model over hashed features: for each feature, a sparse row of
/// (output, weight) entries. Immutable; written in the model files as feature, entry count, then
/// (output, half-precision weight) pairs.
/// </summary>
/// <remarks>
/// A row of many entries (the frequent features: the bias, common suffixes, the tags on the left) also has a
/// dense copy, one float per output, which <see cref="AddTo(ReadOnlySpan{ulong}, Span{float})"/> adds a
/// vector at a time instead of entry by entry. The tagger's frequent rows hold most of its 77 outputs, and
/// those rows make up most of the entries it adds per word. Adding a row's zeros changes no sum, so the sums
/// are the same, bit for bit.
/// </remarks>
internal sealed class FeatureWeights
{
    /// <summary>The fewest entries for which a row gets a dense copy.</summary>
    private const int DenseMinimum = 16;

    private readonly FeatureIndex _rows;
    private readonly WeightEntry[] _weights;

    /// <summary>The dense copies, <see cref="_denseWidth"/> floats each (outputs rounded up to whole vectors).</summary>
    private readonly float[] _dense;
    private readonly int _denseWidth;

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
        (_dense, _denseWidth) = DenseCopies(index, _weights, _rows);
    }

    /// <summary>The rows (start and length in <paramref name="weights"/>) as read, without copying them.</summary>
    private FeatureWeights((ulong Key, int Start, int Length)[] index, WeightEntry[] weights)
    {
        _weights = weights;
        _rows = new FeatureIndex(index);
        (_dense, _denseWidth) = DenseCopies(index, _weights, _rows);
    }

    /// <summary>
    /// The dense copies of the rows of at least <see cref="DenseMinimum"/> entries, recorded in
    /// <paramref name="rows"/>; none where a row could not hold that many entries (the name model's 14 labels).
    /// </summary>
    private static (float[] Dense, int Width) DenseCopies((ulong Key, int Start, int Length)[] index, WeightEntry[] weights, FeatureIndex rows)
    {
        int outputs = 0;
        foreach (WeightEntry entry in weights)
        {
            outputs = Math.Max(outputs, entry.Output + 1);
        }

        int width = (outputs + Vector256<float>.Count - 1) / Vector256<float>.Count * Vector256<float>.Count;
        int count = Math.Min(index.Count(r => r.Length >= DenseMinimum), FeatureIndex.MaxDenseRows);
        var dense = new float[count * width];
        int row = 0;
        foreach ((ulong key, int start, int length) in index)
        {
            if (length < DenseMinimum || row == count)
            {
                continue;
            }

            foreach (WeightEntry entry in weights.AsSpan(start, length))
            {
                dense[(row * width) + entry.Output] = entry.Weight;
            }

            rows.SetDense(key, row++);
        }

        return (dense, width);
    }

    /// <summary>
    /// How many scores <see cref="AddTo(ReadOnlySpan{ulong}, Span{float})"/> may write to (at least the number of
    /// outputs): with a span this long it adds dense rows whole; the scores past the outputs only ever get zeros.
    /// </summary>
    public int ScoreLength => _denseWidth;

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
    /// <see cref="AddTo(ulong, Span{float})"/> for each. The rows are found first (<see cref="FindRows"/>), then added (<see cref="AddRows"/>).
    /// </summary>
    public void AddTo(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<WeightRow> rows = stackalloc WeightRow[MaxBatch];
        rows = rows[..features.Length];
        _rows.FindRows(features, rows);
        AddRows(rows, scores);
    }

    /// <summary>The row of <paramref name="feature"/>, to be added later by <see cref="AddRows"/> (an empty row when it has no weights).</summary>
    public WeightRow RowOf(ulong feature) => _rows.RowOf(feature);

    /// <summary>The rows of many features at once, the misses of their lookups overlapping (<see cref="FeatureIndex.FindRows"/>).</summary>
    public void FindRows(ReadOnlySpan<ulong> features, Span<WeightRow> rows) => _rows.FindRows(features, rows);

    /// <summary>
    /// Adds the weights of <paramref name="rows"/> (rows of this table) to <paramref name="scores"/>, in their
    /// order. Each row is asked for (prefetch) before any is read, so that the memory misses overlap.
    /// </summary>
    public unsafe void AddRows(ReadOnlySpan<WeightRow> rows, Span<float> scores)
    {
        bool whole = scores.Length >= _denseWidth;
        if (Sse.IsSupported)
        {
            fixed (WeightEntry* weights = _weights)
            fixed (float* denseRows = _dense)
            {
                foreach (WeightRow found in rows)
                {
                    if (whole && found.Dense != 0)
                    {
                        float* row = denseRows + ((found.Dense - 1) * _denseWidth);
                        for (int line = 0; line < _denseWidth; line += 16)
                        {
                            Sse.Prefetch0(row + line);
                        }
                    }
                    else if (found.Length != 0)
                    {
                        Sse.Prefetch0(weights + found.Start);
                    }
                }
            }
        }

        foreach (WeightRow found in rows)
        {
            if (whole && found.Dense != 0)
            {
                AddDense(found.Dense - 1, scores);
                continue;
            }

            foreach (WeightEntry entry in _weights.AsSpan(found.Start, found.Length))
            {
                scores[entry.Output] += entry.Weight;
            }
        }
    }

    /// <summary>Adds dense copy <paramref name="row"/> to the first <see cref="ScoreLength"/> scores, a vector at a time.</summary>
    private void AddDense(int row, Span<float> scores)
    {
        ReadOnlySpan<float> weights = _dense.AsSpan(row * _denseWidth, _denseWidth);
        scores = scores[.._denseWidth];
        ref float weight = ref MemoryMarshal.GetReference(weights);
        ref float score = ref MemoryMarshal.GetReference(scores);
        for (int k = 0; k < _denseWidth; k += Vector256<float>.Count)
        {
            Vector256.StoreUnsafe(Vector256.LoadUnsafe(ref score, (nuint)k) + Vector256.LoadUnsafe(ref weight, (nuint)k), ref score, (nuint)k);
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
