using System.Collections.Concurrent;

namespace Kronika.Polish.Tagging;

/// <summary>
/// The parts ("atoms") a tag is scored by: its part of speech and each of its category values
/// (<c>subst:sg:gen:m3</c> → <c>pos=subst</c>, <c>number=sg</c>, <c>case=gen</c>, <c>gender=m3</c>).
/// </summary>
internal sealed class TagAtoms
{
    private readonly NkjpTagset _tagset;
    private readonly Dictionary<string, int> _ids;
    private readonly List<string> _names;
    private readonly ConcurrentDictionary<string, int[]> _atomsOfTag = new(StringComparer.Ordinal);
    private readonly bool _growable;
    private readonly Lock _growLock = new();

    public TagAtoms(NkjpTagset tagset, IEnumerable<string>? names, bool growable)
    {
        _tagset = tagset;
        _names = names?.ToList() ?? [];
        _ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < _names.Count; i++)
        {
            _ids[_names[i]] = i;
        }

        _growable = growable;
    }

    public int Count => _names.Count;

    public IReadOnlyList<string> Names => _names;

    public int[] Of(string tag) => _atomsOfTag.GetOrAdd(tag, static (t, self) => self.Compute(t), this);

    private int[] Compute(string tag)
    {
        ParsedTag parsed = _tagset.Parse(tag);
        var atoms = new List<int>(parsed.Values.Length + 1);
        AddAtom(atoms, "pos=" + parsed.Pos);
        foreach (KeyValuePair<string, string> value in parsed.Values)
        {
            AddAtom(atoms, value.Key + "=" + value.Value);
        }

        return [.. atoms];
    }

    private void AddAtom(List<int> atoms, string name)
    {
        lock (_growLock)
        {
            if (_ids.TryGetValue(name, out int id))
            {
                atoms.Add(id);
            }
            else if (_growable)
            {
                id = _names.Count;
                _names.Add(name);
                _ids[name] = id;
                atoms.Add(id);
            }
        }
    }
}
