using System.Collections.Concurrent;

namespace Kronika.Polish.Morphology;

/// <summary>
/// Thread-safe string interning keyed by character spans, so a decoded lemma or tag only becomes
/// a new string the first time it is seen (the dictionary repeats a few thousand tags and the same
/// lemmas over and over).
/// </summary>
public sealed class StringPool
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public StringPool() => _bySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _strings.Count;

    public string Intern(ReadOnlySpan<char> value)
    {
        if (_bySpan.TryGetValue(value, out string? existing))
            return existing;
        string created = value.ToString();
        return _strings.GetOrAdd(created, created);
    }
}
