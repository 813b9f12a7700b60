namespace Kronika.Polish.Morphology;

/// <summary>
/// Depth-first enumeration of every byte sequence accepted below a node of a
/// <see cref="Cfsa2Automaton"/>. Reusable (call <see cref="Reset"/>) so the hot lookup path can keep
/// one instance per thread and enumerate without allocating.
/// </summary>
public sealed class Cfsa2SequenceWalker
{
    private readonly Cfsa2Automaton _fsa;
    private int[] _arcStack = new int[64];
    private byte[] _buffer = new byte[64];
    private int _depth;
    private int _length;

    public Cfsa2SequenceWalker(Cfsa2Automaton fsa) => _fsa = fsa;

    /// <summary>The automaton this walker enumerates.</summary>
    public Cfsa2Automaton Automaton => _fsa;

    /// <summary>The sequence found by the last successful <see cref="MoveNext"/>; valid until the next call.</summary>
    public ReadOnlySpan<byte> Current => _buffer.AsSpan(0, _length);

    /// <summary>Starts a new enumeration of the sequences below <paramref name="node"/> (0 = nothing).</summary>
    public void Reset(int node)
    {
        _length = 0;
        _depth = 0;
        if (node > 0)
            _arcStack[_depth++] = _fsa.FirstArc(node);
    }

    public bool MoveNext()
    {
        while (_depth > 0)
        {
            int level = _depth - 1;
            int arc = _arcStack[level];
            if (arc == 0)
            {
                // This node's arcs are exhausted: pop back to the parent.
                _depth--;
                continue;
            }

            // Queue the sibling before descending so the stack already holds the resume point.
            _arcStack[level] = _fsa.NextArc(arc);
            if (level >= _buffer.Length)
                Grow();
            _buffer[level] = _fsa.ArcLabel(arc);

            int target = _fsa.EndNode(arc);
            if (target != 0)
            {
                if (_depth >= _arcStack.Length)
                    Grow();
                _arcStack[_depth++] = _fsa.FirstArc(target);
            }

            if (_fsa.IsFinal(arc))
            {
                _length = level + 1;
                return true;
            }
        }
        _length = 0;
        return false;
    }

    private void Grow()
    {
        Array.Resize(ref _arcStack, _arcStack.Length * 2);
        Array.Resize(ref _buffer, _buffer.Length * 2);
    }
}
