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

    /// <summary>
    /// <see cref="string.ToLowerInvariant"/>, with text made only of table letters lower-cased from the table:
    /// Polish words skip the call into ICU. The same instance when nothing changes, as there.
    /// </summary>
    public static string Of(string text)
    {
        int first = 0;
        while (first < text.Length && text[first] < TableSize && Table[text[first]] == text[first])
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        foreach (char c in text.AsSpan(first))
        {
            if (c >= TableSize)
            {
                return text.ToLowerInvariant();
            }
        }

        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.AsSpan(0, state.first).CopyTo(span);
            for (int i = state.first; i < span.Length; i++)
            {
                span[i] = Table[state.text[i]];
            }
        });
    }

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
