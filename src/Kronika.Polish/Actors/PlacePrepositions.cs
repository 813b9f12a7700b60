using System.Collections.Frozen;

namespace Kronika.Polish.Actors;

/// <summary>
/// The prepositions (with the case they govern) after which a capital or seat of power is a place rather
/// than the state acting through it, read from <c>data/place-prepositions.txt</c>.
/// </summary>
public sealed class PlacePrepositions
{
    public const string FileName = "place-prepositions.txt";

    private readonly FrozenDictionary<string, string> _caseByPreposition;

    private PlacePrepositions(FrozenDictionary<string, string> caseByPreposition) => _caseByPreposition = caseByPreposition;

    public static PlacePrepositions Load() => Parse(PolishDataFiles.ReadLines(FileName));

    public static PlacePrepositions Parse(IEnumerable<string> lines)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in lines)
        {
            string[] fields = line.Split('|', StringSplitOptions.TrimEntries);
            if (fields.Length != 2 || fields[0].Length == 0 || fields[1].Length == 0)
            {
                throw new InvalidDataException($"{FileName}: '{line}' should be 'preposition | case'.");
            }

            map[fields[0].ToLowerInvariant()] = fields[1];
        }

        return new PlacePrepositions(map.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Whether <paramref name="preposition"/> followed by a noun in <paramref name="nounCase"/> marks a place.</summary>
    public bool MarksPlace(string preposition, string? nounCase) =>
        _caseByPreposition.TryGetValue(preposition.ToLowerInvariant(), out string? required)
        && (required == "*" || nounCase is null || required == nounCase);
}
