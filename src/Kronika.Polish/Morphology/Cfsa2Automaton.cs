using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Kronika.Polish.Morphology;

/// <summary>
/// Read-only view of a Morfologik CFSA2 automaton (format version 0xC6).
/// </summary>
/// <remarks>
/// Layout: magic <c>\fsa</c>, version byte, 16-bit big-endian flags, label-table length byte,
/// label table, then the arcs. Each arc starts with a flags byte: bit 7 = target is the node that
/// follows this node's last arc, bit 6 = last arc of its node, bit 5 = final (a sequence ends here),
/// bits 0–4 = index into the label table (0 = an explicit label byte follows). Arcs without the
/// "target next" bit carry the target offset as a little-endian base-128 varint.
/// Arcs and nodes are plain offsets into <see cref="_arcs"/>; offset 0 holds a dummy arc whose
/// target is the root, so 0 doubles as "no arc" and as "terminal, no outgoing arcs".
/// All navigation is allocation-free because it sits on the hot path of every token lookup.
/// </remarks>
public sealed class Cfsa2Automaton
{
    public const byte Version = 0xC6;

    private const int BitTargetNext = 1 << 7;
    private const int BitLastArc = 1 << 6;
    private const int BitFinalArc = 1 << 5;
    private const int LabelIndexMask = (1 << 5) - 1;

    // FSAFlags.NUMBERS: nodes start with a varint count (perfect hashing); we only need to skip it.
    private const int FlagNumbers = 1 << 8;

    private static ReadOnlySpan<byte> Magic => "\\fsa"u8;

    private readonly byte[] _arcs;
    private readonly byte[] _labels;
    private readonly bool _hasNumbers;

    private Cfsa2Automaton(byte[] arcs, byte[] labels, bool hasNumbers)
    {
        _arcs = arcs;
        _labels = labels;
        _hasNumbers = hasNumbers;
    }

    /// <summary>Offset of the root node.</summary>
    public int RootNode { get; private set; }

    /// <summary>Size of the arc data in bytes.</summary>
    public int Size => _arcs.Length;

    /// <summary>Parses the header and takes the arc data; throws <see cref="DictionaryCorruptException"/> on malformed input.</summary>
    public static Cfsa2Automaton Load(ReadOnlySpan<byte> data, string sourceName = "automaton")
    {
        const int fixedHeader = 4 + 1 + 2 + 1;
        if (data.Length < fixedHeader || !data[..4].SequenceEqual(Magic))
            throw new DictionaryCorruptException($"{sourceName}: not a Morfologik automaton (bad magic); re-run ./kronika setup or point KRONIKA_MORFOLOGIK at a valid dictionary.");
        if (data[4] != Version)
            throw new DictionaryCorruptException($"{sourceName}: unsupported automaton version 0x{data[4]:X2} (only CFSA2 0xC6 is supported).");

        int flags = BinaryPrimitives.ReadUInt16BigEndian(data.Slice(5, 2));
        int labelCount = data[7];
        if (data.Length < fixedHeader + labelCount + 2)
            throw new DictionaryCorruptException($"{sourceName}: automaton is truncated; re-run ./kronika setup.");

        byte[] labels = new byte[Math.Max(labelCount, LabelIndexMask + 1)];
        data.Slice(fixedHeader, labelCount).CopyTo(labels);
        byte[] arcs = data[(fixedHeader + labelCount)..].ToArray();

        var automaton = new Cfsa2Automaton(arcs, labels, (flags & FlagNumbers) != 0);
        automaton.Validate(sourceName);
        return automaton;
    }

    // Also resolves the root. A cheap structural check: a truncated file almost always breaks the root's arc chain
    // or points targets past the end, which would otherwise surface as IndexOutOfRange later.
    private void Validate(string sourceName)
    {
        try
        {
            int root = RootNode = EndNode(FirstArc(0));
            if (root <= 0 || root >= _arcs.Length)
                throw new DictionaryCorruptException($"{sourceName}: automaton root is out of range; the file is truncated or corrupt.");
            for (int arc = FirstArc(root); arc != 0; arc = NextArc(arc))
            {
                int target = EndNode(arc);
                if (target >= _arcs.Length)
                    throw new DictionaryCorruptException($"{sourceName}: automaton arc points past the end; the file is truncated or corrupt.");
            }
        }
        catch (IndexOutOfRangeException e)
        {
            throw new DictionaryCorruptException($"{sourceName}: automaton is truncated or corrupt.", e);
        }
    }

    /// <summary>First arc leaving <paramref name="node"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FirstArc(int node) => _hasNumbers ? SkipVInt(node) : node;

    /// <summary>The next sibling arc, or 0 if <paramref name="arc"/> is its node's last arc.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int NextArc(int arc) => (_arcs[arc] & BitLastArc) != 0 ? 0 : SkipArc(arc);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte ArcLabel(int arc)
    {
        int index = _arcs[arc] & LabelIndexMask;
        return index > 0 ? _labels[index] : _arcs[arc + 1];
    }

    /// <summary>True if a sequence ends on this arc.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsFinal(int arc) => (_arcs[arc] & BitFinalArc) != 0;

    /// <summary>True if the arc leads nowhere (its target node has no arcs).</summary>
    public bool IsTerminal(int arc) => EndNode(arc) == 0;

    /// <summary>The node an arc leads to; 0 for terminal arcs.</summary>
    public int EndNode(int arc)
    {
        byte[] a = _arcs;
        if ((a[arc] & BitTargetNext) != 0)
        {
            // The target is laid out right after the last arc of the current node.
            while ((a[arc] & BitLastArc) == 0)
                arc = SkipArc(arc);
            return SkipArc(arc);
        }
        int offset = arc + 1;
        if ((a[arc] & LabelIndexMask) == 0)
            offset++;
        return ReadVInt(offset);
    }

    /// <summary>The arc of <paramref name="node"/> labelled <paramref name="label"/>, or 0.</summary>
    public int FindArc(int node, byte label)
    {
        byte[] a = _arcs;
        byte[] labels = _labels;
        int arc = FirstArc(node);
        while (true)
        {
            int flags = a[arc];
            int index = flags & LabelIndexMask;
            byte arcLabel = index > 0 ? labels[index] : a[arc + 1];
            if (arcLabel == label)
                return arc;
            if ((flags & BitLastArc) != 0)
                return 0;
            arc = SkipArc(arc);
        }
    }

    /// <summary>
    /// Follows <paramref name="sequence"/> from <paramref name="node"/>. Returns the node reached,
    /// or -1 if the sequence is not a path in the automaton or ends on a terminal arc
    /// (nothing can follow it).
    /// </summary>
    public int Walk(int node, ReadOnlySpan<byte> sequence)
    {
        for (int i = 0; i < sequence.Length; i++)
        {
            if (node <= 0)
                return -1;
            int arc = FindArc(node, sequence[i]);
            if (arc == 0)
                return -1;
            node = EndNode(arc);
        }
        return node <= 0 ? -1 : node;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SkipArc(int offset)
    {
        int flags = _arcs[offset++];
        if ((flags & LabelIndexMask) == 0)
            offset++;
        if ((flags & BitTargetNext) == 0)
            offset = SkipVInt(offset);
        return offset;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SkipVInt(int offset)
    {
        while ((_arcs[offset++] & 0x80) != 0) { }
        return offset;
    }

    private int ReadVInt(int offset)
    {
        byte[] a = _arcs;
        int b = a[offset];
        int value = b & 0x7F;
        for (int shift = 7; (b & 0x80) != 0; shift += 7)
        {
            b = a[++offset];
            value |= (b & 0x7F) << shift;
        }
        return value;
    }
}
