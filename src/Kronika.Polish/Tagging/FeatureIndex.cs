using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Kronika.Polish.Tagging;

/// <summary>
/// Feature hash → its weight row (start and length in the weight array): an open-addressing table with
/// linear probing. The tagger looks up some thirty features per ambiguous word, so this is its hottest
/// loop; key and row share one 16-byte slot so that a lookup costs one cache miss, not three.
/// Key 0 marks an empty slot (feature hashes are never 0).
/// </summary>
internal sealed class FeatureIndex
{
    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public ulong Key;
        public int Start;
        public ushort Length;

        /// <summary>1 + the row's number among the dense copies (<see cref="SetDense"/>); 0 when it has none.</summary>
        public ushort Dense;
    }

    /// <summary>The most entries a row may have (the model files write a row's length in 16 bits).</summary>
    public const int MaxRowLength = ushort.MaxValue;

    /// <summary>The most rows that can be given a dense copy.</summary>
    public const int MaxDenseRows = ushort.MaxValue;

    private readonly Slot[] _slots;
    private readonly int _mask;

    public FeatureIndex(IReadOnlyCollection<(ulong Key, int Start, int Length)> rows)
    {
        // Load factor between 0.38 and 0.75: short probe runs, and a table small enough to stay in cache.
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rows.Count * 4 / 3));
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        foreach ((ulong key, int start, int length) in rows)
        {
            int slot = (int)(key >> 3) & _mask;
            while (_slots[slot].Key != 0)
            {
                slot = (slot + 1) & _mask;
            }

            if ((uint)length > MaxRowLength)
            {
                throw new ArgumentException($"A row may hold at most {MaxRowLength} weights, not {length}.", nameof(rows));
            }

            _slots[slot] = new Slot { Key = key, Start = start, Length = (ushort)length };
        }

        Count = rows.Count;
    }

    public int Count { get; }

    public bool TryGetRow(ulong key, out int start, out int length) => TryGetRow(key, out start, out length, out _);

    /// <summary>The row of <paramref name="key"/>, and 1 + the number of its dense copy (0 when it has none).</summary>
    public bool TryGetRow(ulong key, out int start, out int length, out int dense)
    {
        int slot = (int)(key >> 3) & _mask;
        while (true)
        {
            ref Slot found = ref _slots[slot];
            if (found.Key == key)
            {
                start = found.Start;
                length = found.Length;
                dense = found.Dense;
                return true;
            }

            if (found.Key == 0)
            {
                start = length = dense = 0;
                return false;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Records that the row of <paramref name="key"/> (which must be in the table) has dense copy number <paramref name="denseRow"/>.</summary>
    public void SetDense(ulong key, int denseRow)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(denseRow);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(denseRow, MaxDenseRows);
        int slot = (int)(key >> 3) & _mask;
        while (_slots[slot].Key != key)
        {
            if (_slots[slot].Key == 0)
            {
                throw new KeyNotFoundException($"No row has the key {key}.");
            }

            slot = (slot + 1) & _mask;
        }

        _slots[slot].Dense = (ushort)(denseRow + 1);
    }

    /// <summary>The row of <paramref name="key"/> (an empty row when it has none).</summary>
    public WeightRow RowOf(ulong key) =>
        TryGetRow(key, out int start, out int length, out int dense) ? new WeightRow(start, length, dense) : default;

    /// <summary>
    /// The rows of many keys at once (an empty row for a key without one). The table is far larger than the
    /// processor's caches, so nearly every key costs a miss: the first pass asks for every key's slot
    /// (prefetch) so that the misses overlap instead of coming one after another.
    /// </summary>
    public unsafe void FindRows(ReadOnlySpan<ulong> keys, Span<WeightRow> rows)
    {
        if (Sse.IsSupported)
        {
            fixed (Slot* slots = _slots)
            {
                foreach (ulong key in keys)
                {
                    Sse.Prefetch0(slots + ((int)(key >> 3) & _mask));
                }
            }
        }

        for (int k = 0; k < keys.Length; k++)
        {
            rows[k] = RowOf(keys[k]);
        }
    }

    /// <summary>Every row, in the order of the slots.</summary>
    public IEnumerable<(ulong Key, int Start, int Length)> UnorderedRows()
    {
        for (int slot = 0; slot < _slots.Length; slot++)
        {
            if (_slots[slot].Key != 0)
            {
                yield return (_slots[slot].Key, _slots[slot].Start, _slots[slot].Length);
            }
        }
    }

    /// <summary>Every row, in the order of the weight array.</summary>
    public IEnumerable<(ulong Key, int Start, int Length)> Rows() =>
        _slots.Where(s => s.Key != 0).OrderBy(s => s.Start).Select(s => (s.Key, s.Start, (int)s.Length));
}

/// <summary>
/// Where a feature's weights are: <see cref="Length"/> entries from <see cref="Start"/> in the weight array, and
/// 1 + the number of its dense copy (0 when it has none). The default is the row of a feature without weights.
/// </summary>
internal readonly record struct WeightRow(int Start, int Length, int Dense);
