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
/// array's elements need not), so that no slot straddles two lines.
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
        while (SlotAt(slot).Key != 0)
        {
            slot = (slot + 1) & _mask;
        }

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

    /// <summary>Adds to <paramref name="scores"/> (one per label) the weights of every feature in <paramref name="features"/>; 0 is no feature.</summary>
    public unsafe void AddTo(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        // Every feature's slot is asked for (prefetch) before any is read, so that the memory misses overlap.
        if (Sse.IsSupported)
        {
            foreach (ulong key in features)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref SlotAt((int)(key >> 3) & _mask)));
            }
        }

        // A slot read as two vectors of 8 floats: lanes 0 and 1 hold the key's bits (summed, never used), lanes
        // 2–15 the label weights. Each label's sum is the same, bit for bit, as adding its weights one by one.
        Vector256<float> low = Vector256<float>.Zero;
        Vector256<float> high = Vector256<float>.Zero;
        foreach (ulong key in features)
        {
            if (key == 0)
            {
                continue;
            }

            int slot = (int)(key >> 3) & _mask;
            while (true)
            {
                ref Slot found = ref SlotAt(slot);
                if (found.Key == key)
                {
                    ref float line = ref Unsafe.As<Slot, float>(ref found);
                    low += Vector256.LoadUnsafe(ref line);
                    high += Vector256.LoadUnsafe(ref line, 8);
                    break;
                }

                if (found.Key == 0)
                {
                    break;
                }

                slot = (slot + 1) & _mask;
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
}
