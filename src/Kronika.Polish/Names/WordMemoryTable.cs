namespace Kronika.Polish.Names;

/// <summary>
/// A small map from word hashes to a non-zero byte, for <see cref="NameDocumentMemory"/>: open addressing with
/// linear probing in two flat arrays, so that a lookup (several per scored word) reads one or two cache lines
/// instead of a <see cref="Dictionary{TKey,TValue}"/>'s bucket, entry and modulo. A slot is free while its value
/// is 0, which is never stored. Not thread-safe.
/// </summary>
internal sealed class WordMemoryTable
{
    private const int InitialBits = 6;

    private ulong[] _keys = new ulong[1 << InitialBits];
    private byte[] _values = new byte[1 << InitialBits];
    private int _bits = InitialBits;

    public int Count { get; private set; }

    /// <summary>The value stored for <paramref name="key"/>, or 0.</summary>
    public byte Get(ulong key)
    {
        int mask = _keys.Length - 1;
        for (int slot = Home(key); ; slot = (slot + 1) & mask)
        {
            byte value = _values[slot];
            if (value == 0 || _keys[slot] == key)
            {
                return value;
            }
        }
    }

    /// <summary>
    /// Stores <paramref name="value"/> (not 0) for <paramref name="key"/>: over an existing value only when
    /// <paramref name="replace"/>, as a new key only while fewer than <paramref name="limit"/> are stored.
    /// </summary>
    public void Put(ulong key, byte value, bool replace, int limit)
    {
        int mask = _keys.Length - 1;
        int slot = Home(key);
        while (_values[slot] != 0)
        {
            if (_keys[slot] == key)
            {
                if (replace)
                {
                    _values[slot] = value;
                }

                return;
            }

            slot = (slot + 1) & mask;
        }

        if (Count >= limit)
        {
            return;
        }

        _keys[slot] = key;
        _values[slot] = value;
        if (++Count * 2 > _keys.Length)
        {
            Grow();
        }
    }

    public void Clear()
    {
        Array.Clear(_values);
        Count = 0;
    }

    /// <summary>The slot a key's probe run starts at: the top bits of a multiplicative hash.</summary>
    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - _bits));

    private void Grow()
    {
        ulong[] keys = _keys;
        byte[] values = _values;
        _bits++;
        _keys = new ulong[1 << _bits];
        _values = new byte[1 << _bits];
        int mask = _keys.Length - 1;
        for (int old = 0; old < keys.Length; old++)
        {
            if (values[old] != 0)
            {
                int slot = Home(keys[old]);
                while (_values[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }

                _keys[slot] = keys[old];
                _values[slot] = values[old];
            }
        }
    }
}
