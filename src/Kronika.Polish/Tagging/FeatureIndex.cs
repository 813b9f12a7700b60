using System.Numerics;

namespace Kronika.Polish.Tagging;

/// <summary>
/// Feature hash → weight-row number: an open-addressing table with linear probing. The tagger looks up
/// some thirty features per ambiguous word, so this is its hottest loop; a flat table of ulong keys is
/// about twice as fast as <see cref="Dictionary{TKey, TValue}"/>. Key 0 marks an empty slot (feature hashes are never 0).
/// </summary>
internal sealed class FeatureIndex
{
    private readonly ulong[] _keys;
    private readonly int[] _values;
    private readonly int _mask;

    public FeatureIndex(IReadOnlyCollection<KeyValuePair<ulong, int>> entries)
    {
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, entries.Count * 2));
        _keys = new ulong[capacity];
        _values = new int[capacity];
        _mask = capacity - 1;
        foreach ((ulong key, int value) in entries)
        {
            int slot = (int)(key >> 3) & _mask;
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _values[slot] = value;
        }

        Count = entries.Count;
    }

    public int Count { get; }

    public bool TryGetValue(ulong key, out int value)
    {
        int slot = (int)(key >> 3) & _mask;
        while (true)
        {
            ulong found = _keys[slot];
            if (found == key)
            {
                value = _values[slot];
                return true;
            }

            if (found == 0)
            {
                value = 0;
                return false;
            }

            slot = (slot + 1) & _mask;
        }
    }

    public IEnumerable<KeyValuePair<ulong, int>> Entries()
    {
        for (int i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] != 0)
            {
                yield return new(_keys[i], _values[i]);
            }
        }
    }
}
