using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Kronika.Polish.Tagging;

namespace Kronika.Polish.Names;

/// <summary>
/// The recogniser's word-feature weights for fast scoring: an open-addressing table whose slot holds the
/// feature's key and the weights of all labels side by side (64 bytes), so that scoring a feature costs one
/// memory access instead of two (index, then a sparse row elsewhere). Built from <see cref="FeatureWeights"/>
/// when a model is made or loaded; immutable and thread-safe. The slots start on a cache-line boundary (an
/// array's elements need not), so that no slot straddles two lines. Beside the slots, a dense array holds a
/// 32-bit mark of each slot's key (<see cref="MarkOf"/>, 0 for a free slot): a lookup walks its probe run
/// there, 16 slots to a cache line and small enough to stay in the core's cache, and reads a slot only when
/// the marks agree. Most features of a sentence are not in the table, and a miss then ends without reading
/// any slot instead of reading a slot's line at every step of the probe run (about six at a load of 0.7).
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

    private const int LineBytes = 64;

    /// <summary>The floats' worth of a slot that the key takes, before the weights.</summary>
    private const int KeyFloats = sizeof(ulong) / sizeof(float);

    // The slots live in a pinned byte buffer, from its first cache-line boundary on: pinned, the buffer never
    // moves, so the boundary stays where it was found.
    private readonly byte[] _buffer;
    private readonly uint[] _marks;
    private readonly int _firstSlot;
    private readonly int _mask;
    private readonly int _labels;

    public unsafe LabelWeightTable(FeatureWeights weights, int labels)
    {
        if (labels > Width)
        {
            throw new ArgumentOutOfRangeException(nameof(labels), $"At most {Width} labels fit in a slot.");
        }

        if (Unsafe.SizeOf<Slot>() != LineBytes)
        {
            throw new InvalidOperationException($"A slot must fill one cache line ({LineBytes} bytes), not {Unsafe.SizeOf<Slot>()}.");
        }

        // Load factor at most 0.75, so that probe runs stay short.
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, weights.FeatureCount * 4 / 3));
        _buffer = GC.AllocateArray<byte>(checked((capacity + 1) * Unsafe.SizeOf<Slot>()), pinned: true);
        _marks = new uint[capacity];
        _firstSlot = (int)((LineBytes - ((nuint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_buffer)) % LineBytes)) % LineBytes);
        _mask = capacity - 1;
        _labels = labels;
        // In the order of the weights' own hash table: sorting the rows first would cost more than the rest of
        // the load, and the order changes only where a key sits in its probe run, not what a lookup finds.
        weights.VisitRows(Add);
    }

    private void Add(ulong key, ReadOnlySpan<WeightEntry> entries)
    {
        int slot = (int)(key >> 3) & _mask;
        while (_marks[slot] != 0)
        {
            slot = (slot + 1) & _mask;
        }

        _marks[slot] = MarkOf(key);
        ref Slot free = ref SlotAt(slot);
        free.Key = key;
        foreach (WeightEntry entry in entries)
        {
            free.Weights[entry.Output] = entry.Weight;
        }
    }

    /// <summary>Slot <paramref name="slot"/>, which must be below the capacity (every index is masked).</summary>
    private ref Slot SlotAt(int slot) =>
        ref Unsafe.As<byte, Slot>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_buffer), _firstSlot + slot * Unsafe.SizeOf<Slot>()));

    /// <summary>A key's mark in <see cref="_marks"/>: its high half (the slot index comes from its low bits), never 0.</summary>
    private static uint MarkOf(ulong key) => (uint)(key >> 32) | 1;

    /// <summary>
    /// The first slot from <paramref name="slot"/> on in <paramref name="key"/>'s probe run whose mark is the
    /// key's, or -1 when the run ends first (the key is not in the table). Reads only the marks: the slot may
    /// still hold another key with the same mark.
    /// </summary>
    private int Candidate(ulong key, int slot)
    {
        uint mark = MarkOf(key);
        ref uint marks = ref MemoryMarshal.GetArrayDataReference(_marks);
        while (true)
        {
            uint here = Unsafe.Add(ref marks, slot);
            if (here == mark)
            {
                return slot;
            }

            if (here == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Adds to <paramref name="scores"/> (one per label) the weights of every feature in <paramref name="features"/>; 0 is no feature.</summary>
    public unsafe void AddTo(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        // Every feature's marks are asked for (prefetch) first; then each feature's candidate slot is found from
        // the marks alone and asked for; then the slots are read: the memory misses overlap.
        if (Sse.IsSupported)
        {
            ref uint marks = ref MemoryMarshal.GetArrayDataReference(_marks);
            foreach (ulong key in features)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref marks, (int)(key >> 3) & _mask)));
            }
        }

        Span<int> candidates = features.Length <= MaxStackFeatures ? stackalloc int[MaxStackFeatures] : new int[features.Length];
        for (int f = 0; f < features.Length; f++)
        {
            ulong key = features[f];
            int slot = key == 0 ? -1 : Candidate(key, (int)(key >> 3) & _mask);
            candidates[f] = slot;
            if (slot >= 0 && Sse.IsSupported)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref SlotAt(slot)));
            }
        }

        // A slot read as two vectors of 8 floats: lanes 0 and 1 hold the key's bits (summed, never used), lanes
        // 2–15 the label weights. Each label's sum is the same, bit for bit, as adding its weights one by one
        // in the order of the features.
        Vector256<float> low = Vector256<float>.Zero;
        Vector256<float> high = Vector256<float>.Zero;
        for (int f = 0; f < features.Length; f++)
        {
            int slot = candidates[f];
            ulong key = features[f];
            while (slot >= 0 && SlotAt(slot).Key != key)
            {
                // Another key with the same mark (rare): the probe run goes on.
                slot = Candidate(key, (slot + 1) & _mask);
            }

            if (slot >= 0)
            {
                ref float line = ref Unsafe.As<Slot, float>(ref SlotAt(slot));
                low += Vector256.LoadUnsafe(ref line);
                high += Vector256.LoadUnsafe(ref line, 8);
            }
        }

        Span<float> sum = stackalloc float[2 * Vector256<float>.Count];
        low.CopyTo(sum);
        high.CopyTo(sum[Vector256<float>.Count..]);
        for (int a = 0; a < _labels; a++)
        {
            scores[a] += sum[KeyFloats + a];
        }
    }

    /// <summary>Features per call whose candidate slots fit in a stack buffer (a word has 42).</summary>
    private const int MaxStackFeatures = 64;
}
