using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Kronika.Polish;

/// <summary>
/// A thread-safe cache that stops growing at a fixed number of entries (so that hostile input cannot grow
/// it without end). It counts its own entries: <see cref="ConcurrentDictionary{TKey,TValue}.Count"/> takes
/// every lock of the dictionary, which on the hot paths of tagging cost more than the lookups themselves.
/// </summary>
public sealed class BoundedCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new(comparer);
    private int _count;

    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) => _entries.TryGetValue(key, out value);

    /// <summary>
    /// Looks a key up by another form of it that the comparer understands (a span of a string key), so that
    /// a hit needs no key object to be made.
    /// </summary>
    public bool TryGetValue<TAlternate>(TAlternate key, [MaybeNullWhen(false)] out TValue value)
        where TAlternate : notnull, allows ref struct =>
        _entries.GetAlternateLookup<TAlternate>().TryGetValue(key, out value);

    /// <summary>Remembers <paramref name="value"/> for <paramref name="key"/> unless the cache is full.</summary>
    public void TryAdd(TKey key, TValue value)
    {
        if (Volatile.Read(ref _count) < capacity && _entries.TryAdd(key, value))
        {
            Interlocked.Increment(ref _count);
        }
    }
}
