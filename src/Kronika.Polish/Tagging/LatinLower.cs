namespace Kronika.Polish.Tagging;

/// <summary>
/// <see cref="char.ToLowerInvariant(char)"/> with the Latin letters (ASCII, Latin-1 and Latin Extended-A:
/// every Polish letter) read from a table instead of the culture data, which costs a call into ICU per
/// letter on Linux. Same results for every character.
/// </summary>
public static class LatinLower
{
    private const int TableSize = 0x180;

    private static readonly char[] Table = BuildTable();

    public static char Of(char c) => c < TableSize ? Table[c] : char.ToLowerInvariant(c);

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (int c = 0; c < TableSize; c++)
        {
            table[c] = char.ToLowerInvariant((char)c);
        }

        return table;
    }
}
