using System.Collections.Concurrent;
using Kronika.Polish.Morphology;

namespace Kronika.Polish.Names;

/// <summary>
/// Finds the nominative form of a dictionary lemma in a given number and gender (<c>północny</c> → f sg
/// <c>północna</c>, <c>stan</c> → pl <c>stany</c>) by walking the dictionary's forms that share the
/// lemma's stem. Results are cached; thread-safe.
/// </summary>
internal sealed class NominativeGenerator(PolishMorphology morphology)
{
    // A stem shorter than this would enumerate a large part of the dictionary.
    private const int MinStem = 2;
    private const int MaxEntriesScanned = 20_000;
    private const int MaxCacheEntries = 100_000;

    private readonly BoundedCache<(string Lemma, string Pos, string? Degree, string Number, string Gender), string?> _cache = new(MaxCacheEntries);

    /// <summary>The nominative of <paramref name="reading"/>'s lemma in <paramref name="number"/> and <paramref name="gender"/>, or null.</summary>
    public string? Nominative(NameReading reading, string number, string gender, string written)
    {
        // Nouns keep their own gender; their lemma is already the nominative singular.
        if (!reading.IsAdjective)
        {
            if (number == "sg")
            {
                return reading.Lemma;
            }

            gender = reading.Gender;
        }
        else if (reading.Pos == "adj" && reading.Degree is null or "pos" && number == "sg" && gender is "m1" or "m2" or "m3")
        {
            return reading.Lemma;
        }

        var key = (reading.Lemma, reading.Pos, reading.Degree, number, gender);
        if (_cache.TryGetValue(key, out string? known))
        {
            return known;
        }

        // Irregular forms share no stem with the lemma (najwyższego ← wysoki): search from the written form too.
        string? found = Search(reading, reading.Lemma, number, gender)
            ?? Search(reading, char.IsUpper(reading.Lemma[0]) ? Casing.ToTitle(written) : written.ToLowerInvariant(), number, gender);
        _cache.TryAdd(key, found);

        return found;
    }

    private string? Search(NameReading wanted, string stemSource, string number, string gender)
    {
        if (stemSource.Length < MinStem)
        {
            return null;
        }

        // Stems alternate at their end (Korea → Korei, Niemcy → Niemiec), so the form may share only all but
        // three letters; most share all but one (północny → północna), and the entries with that longer
        // prefix are far fewer, so the narrower prefixes are tried first.
        int shortest = Math.Max(MinStem, stemSource.Length - 3);
        for (int stemLength = Math.Max(shortest, stemSource.Length - 1); stemLength >= shortest; stemLength--)
        {
            if (SearchFrom(wanted, stemSource[..stemLength], number, gender) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private string? SearchFrom(NameReading wanted, string prefix, string number, string gender)
    {
        string lemma = wanted.Lemma;
        int scanned = 0;
        foreach ((string form, string entryLemma, string rawTag) in morphology.Dictionary.EntriesStartingWith(prefix))
        {
            if (++scanned > MaxEntriesScanned)
            {
                break;
            }

            if (entryLemma != lemma)
            {
                continue;
            }

            foreach (string tag in morphology.ExpandTag(rawTag))
            {
                NameReading? reading = NameReading.From(lemma, tag);
                if (reading is not null && reading.Pos == wanted.Pos && reading.Degree == wanted.Degree && reading.Case == "nom" && reading.Number == number && reading.Gender == gender)
                {
                    return form;
                }
            }
        }

        return null;
    }
}
