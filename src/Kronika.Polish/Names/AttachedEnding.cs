namespace Kronika.Polish.Names;

/// <summary>
/// A case ending written after an apostrophe or a hyphen onto a stem that does not decline by itself:
/// a foreign name (<c>de Gaulle'a</c>, <c>Charles'a</c>) or an acronym (<c>NATO-wi</c>, <c>ONZ-etu</c>,
/// <c>PiS-u</c>). The stem is the base form. Immutable and thread-safe.
/// </summary>
internal sealed class AttachedEnding
{
    /// <summary>The data file of the endings (lower case, one a line).</summary>
    public const string File = "name-attached-endings.txt";

    private readonly HashSet<string> _endings = new(PolishDataFiles.ReadLines(File), StringComparer.Ordinal);

    /// <summary>The stem of <paramref name="word"/> when it ends in an attached case ending; otherwise null.</summary>
    public string? StemOf(string word)
    {
        int separator = word.AsSpan().LastIndexOfAny('\'', '\u2019', '-');
        if (separator < 2 || separator == word.Length - 1)
        {
            return null;
        }

        string ending = word[(separator + 1)..];
        if (!_endings.Contains(ending))
        {
            return null; // also rejects an upper-case second part (Bielsko-Biała, O'Brien)
        }

        string stem = word[..separator];
        bool apostrophe = word[separator] != '-';
        return char.IsLetter(stem[^1]) && (apostrophe || IsAcronym(stem)) ? stem : null;
    }

    // NATO, ONZ, PiS: at least two capitals, as many as the other letters.
    private static bool IsAcronym(string stem)
    {
        int upper = 0, lower = 0;
        foreach (char c in stem)
        {
            upper += char.IsUpper(c) ? 1 : 0;
            lower += char.IsLower(c) ? 1 : 0;
        }

        return upper >= 2 && upper >= lower;
    }
}
