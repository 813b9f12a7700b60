using System.Collections.Frozen;
using Kronika.Polish.Knowledge;

namespace Kronika.Polish.Actors;

/// <summary>
/// The state a place lies in, for places that are no capital: regions, disputed territories, cities
/// (<c>Górski Karabach</c>, <c>Strefa Gazy</c>, <c>Donbas</c>), read from <c>data/kb/places.txt</c>. An attack or a visit
/// there is aimed at that state.
/// </summary>
public sealed class PlaceStates
{
    public const string FileName = "kb/places.txt";

    private readonly FrozenDictionary<string, string> _stateByName;

    private PlaceStates(FrozenDictionary<string, string> stateByName) => _stateByName = stateByName;

    public static PlaceStates Load() => Parse(PolishDataFiles.ReadLines(FileName));

    /// <summary>Lines of "name; variant… | code"; every name is compared by <see cref="NameKey"/>.</summary>
    public static PlaceStates Parse(IEnumerable<string> lines)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in lines)
        {
            string[] fields = line.Split('|', StringSplitOptions.TrimEntries);
            if (fields.Length != 2 || fields[0].Length == 0 || fields[1].Length != 3 || !fields[1].All(char.IsAsciiLetterUpper))
            {
                throw new InvalidDataException($"{FileName}: '{line}' should be 'name; variants | ISO alpha-3 code'.");
            }

            foreach (string name in fields[0].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!map.TryAdd(NameKey.Of(name), fields[1]))
                {
                    throw new InvalidDataException($"{FileName}: the place '{name}' appears twice.");
                }
            }
        }

        return new PlaceStates(map.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The alpha-3 code of the state the place <paramref name="name"/> lies in, or null.</summary>
    public string? StateOf(string name) => _stateByName.GetValueOrDefault(NameKey.Of(name));
}
