using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Kronika.Polish.Tagging;

/// <summary>
/// The candidate provider's cache of <see cref="CandidateEntry"/> by form: an open-addressing table with
/// linear probing, looked up by a span of the text, so that a hit makes no string and asks no comparer.
/// Each slot keeps the form's hash beside its entry, so that a probe past another form seldom reads that
/// form. Reads take no lock; writes take one and publish each entry with a release write, so a reader sees
/// either no entry or a whole one. The table doubles (a new array, published when filled) up to a bounded
/// number of entries, so that hostile input cannot grow it without end; past that, forms are not kept.
/// </summary>
internal sealed class FormCache(int capacity)
{
    private struct Slot
    {
        public int Hash;
        public CandidateEntry? Entry;
    }

    private readonly Lock _gate = new();
    private Slot[] _slots = new Slot[256];
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public bool TryGetValue(ReadOnlySpan<char> form, [NotNullWhen(true)] out CandidateEntry? entry) =>
        TryGetValue(form, HashOf(form), out entry);

    /// <summary>Looks <paramref name="form"/> up by its <see cref="HashOf"/>, computed before (for <see cref="Prefetch"/>).</summary>
    public bool TryGetValue(ReadOnlySpan<char> form, int hash, [NotNullWhen(true)] out CandidateEntry? entry) =>
        (entry = Find(Volatile.Read(ref _slots), form, hash)) is not null;

    /// <summary>
    /// Asks the processor for the first slot of the form of hash <paramref name="hash"/>, so that the lookups of
    /// a sentence's words, each asked for before any is made, wait for memory side by side.
    /// </summary>
    public unsafe void Prefetch(int hash)
    {
        if (Sse.IsSupported)
        {
            Slot[] slots = Volatile.Read(ref _slots);
            Sse.Prefetch0(Unsafe.AsPointer(ref slots[hash & (slots.Length - 1)]));
        }
    }

    /// <summary>Keeps <paramref name="entry"/> under its form unless the form is already kept (then the kept entry wins) or the cache is full.</summary>
    public CandidateEntry GetOrAdd(CandidateEntry entry)
    {
        int hash = HashOf(entry.Form);
        lock (_gate)
        {
            Slot[] slots = _slots;
            if (Find(slots, entry.Form, hash) is { } kept)
            {
                return kept;
            }

            if (_count >= capacity)
            {
                return entry;
            }

            if ((_count + 1) * 2 > slots.Length)
            {
                slots = Grown(slots);
                Volatile.Write(ref _slots, slots);
            }

            Put(slots, hash, entry);
            Volatile.Write(ref _count, _count + 1);
            return entry;
        }
    }

    private static CandidateEntry? Find(Slot[] slots, ReadOnlySpan<char> form, int hash)
    {
        int mask = slots.Length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            ref Slot found = ref slots[slot];
            CandidateEntry? entry = Volatile.Read(ref found.Entry);
            if (entry is null)
            {
                return null;
            }

            if (found.Hash == hash && form.SequenceEqual(entry.Form))
            {
                return entry;
            }
        }
    }

    /// <summary>Writes the hash, then the entry with release semantics: a reader that sees the entry sees its hash.</summary>
    private static void Put(Slot[] slots, int hash, CandidateEntry entry)
    {
        int mask = slots.Length - 1;
        int slot = hash & mask;
        while (slots[slot].Entry is not null)
        {
            slot = (slot + 1) & mask;
        }

        slots[slot].Hash = hash;
        Volatile.Write(ref slots[slot].Entry, entry);
    }

    private static Slot[] Grown(Slot[] slots)
    {
        var grown = new Slot[slots.Length * 2];
        foreach (Slot slot in slots)
        {
            if (slot.Entry is not null)
            {
                Put(grown, slot.Hash, slot.Entry);
            }
        }

        return grown;
    }

    /// <summary>The process's randomised string hash of the span (the same as the form's <see cref="string.GetHashCode()"/>), so that chosen input cannot make long probe runs.</summary>
    public static int HashOf(ReadOnlySpan<char> form) => string.GetHashCode(form);
}
