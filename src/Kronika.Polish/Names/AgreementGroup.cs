namespace Kronika.Polish.Names;

/// <summary>
/// The declinable core of a name, built word by word: the words whose readings share one case, number and
/// gender, joined while they agree — adjectives always, a noun only as the first noun (the head) or, after a
/// proper-noun head, as the next capitalised proper noun of a person's name (<c>Władimira Putina</c>). A
/// common-noun head's following nouns are genitive complements (<c>Departamentu Stanu</c>) and end the group.
/// </summary>
internal sealed class AgreementGroup
{
    private readonly List<(int Index, List<NameReading> Readings)> _members = [];
    private HashSet<(string Case, string Number, string Gender)> _signatures = [];
    private (string? Case, string? Number, string? Gender) _preferred;
    private bool _firstCapitalised;

    /// <summary>
    /// Whether the name is known not to be a person's or a group's (a place, an event, a thing): then a masculine personal
    /// reading is the least likely one (<c>Polski</c> of the country, not the surname <c>Polski</c>).
    /// </summary>
    public bool NotAPerson { get; init; }

    /// <summary>An unknown word may still belong to the name: no head yet, or a proper-noun head (a person's name).</summary>
    public bool AcceptsUnknownWord => _members.Count == 0 || !HasHead(_signatures, out bool proper) || proper;

    /// <summary>Adds word <paramref name="index"/> if it agrees; false when it is not part of the declinable core.</summary>
    public bool TryJoin(int index, List<NameReading> readings, bool capitalised, (string? Case, string? Number, string? Gender) tagger)
    {
        if (_members.Count == 0)
        {
            _members.Add((index, readings));
            _signatures = [.. readings.Select(Signature)];
            _preferred = tagger;
            _firstCapitalised = capitalised;
            return true;
        }

        List<NameReading> agreeing = readings.Where(r => _signatures.Contains(Signature(r))).ToList();
        if (agreeing.Count == 0)
        {
            return false;
        }

        var shared = agreeing.Select(Signature).ToHashSet();
        if (!agreeing.Any(r => r.IsAdjective) && HasHead(shared, out bool properHead)
            && !(properHead && capitalised && agreeing.Any(r => r.IsProper)))
        {
            return false;
        }

        _members.Add((index, agreeing));
        _signatures.IntersectWith(shared);
        return true;
    }

    // A capitalised word alone whose only reading is the genitive plural of a common noun (Salt, Big, Hal,
    // San) is a foreign word that happens to match the bare Polish stem; a real genitive plural heads a
    // longer name (Wysp Owczych, Stanów Zjednoczonych) or is a proper noun (Tatr).
    private bool IsBareForeignWord((string Case, string Number, string Gender) signature) =>
        signature is ("gen", "pl", _) && _members.Count == 1 && _firstCapitalised
        && _members[0].Readings.All(r => !r.IsProper && r.Case == "gen" && r.Number == "pl");

    /// <summary>The nominative of each member in the group's number and gender (words that cannot be generated are left out).</summary>
    public IEnumerable<(int Index, string BaseForm)> Nominatives(NominativeGenerator generator, IReadOnlyList<string> written)
    {
        if (_members.Count == 0 || _signatures.Count == 0)
        {
            yield break;
        }

        var signature = ChooseSignature();
        if (signature.Case == "nom")
        {
            yield break; // already the base form
        }

        if (IsBareForeignWord(signature))
        {
            yield break;
        }

        foreach ((int index, List<NameReading> readings) in _members)
        {
            foreach (NameReading reading in readings.Where(r => Signature(r) == signature))
            {
                if (generator.Nominative(reading, signature.Number, signature.Gender, written[index]) is { } baseForm)
                {
                    yield return (index, baseForm);
                    break;
                }
            }
        }
    }

    /// <summary>Whether the name is already in the nominative (then nothing in it changes).</summary>
    public bool IsNominative => _members.Count > 0 && _signatures.Count > 0 && ChooseSignature().Case == "nom";

    // Names are mostly singular (and plural ones are places, not groups of people); a capitalised word is a proper noun before a common word (Polski → Polska);
    // a form that is both a nominative and an oblique case is more often the oblique case of the name
    // (Europy, Jana); then the tagger's choice; then dictionary order.
    private (string Case, string Number, string Gender) ChooseSignature() =>
        _members[0].Readings.Where(r => _signatures.Contains(Signature(r)))
            .OrderBy(r => NotAPerson && r.Gender == "m1" ? 1 : 0)
            .ThenBy(r => r.Number == "sg" ? 0 : 1)
            .ThenBy(r => _firstCapitalised && !r.IsProper ? 1 : 0)
            .ThenBy(r => r.Number == "pl" && r.Gender == "m1" ? 1 : 0) // Stany, Strzelce: places, not people
            .ThenBy(r => r.Case == "nom" ? 1 : 0)
            .ThenBy(r => Signature(r) == _preferred ? 0 : 1)
            .ThenBy(r => r.Case == _preferred.Case ? 0 : 1)
            .Select(Signature)
            .First();

    // Whether the members so far, within the given signatures, include a noun (the head) and whether it is proper.
    private bool HasHead(HashSet<(string Case, string Number, string Gender)> within, out bool proper)
    {
        // A word that may also be an adjective (holenderski) is taken as a modifier, not as the head.
        var nouns = _members
            .Select(m => m.Readings.Where(r => within.Contains(Signature(r))).ToList())
            .Where(readings => readings.Count > 0 && readings.All(r => !r.IsAdjective))
            .SelectMany(readings => readings)
            .ToList();
        proper = nouns.Any(r => r.IsProper);
        return nouns.Count > 0;
    }

    private static (string Case, string Number, string Gender) Signature(NameReading r) => (r.Case, r.Number, r.Gender);
}
