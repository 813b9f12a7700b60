namespace Kronika.Polish.Morphology;

/// <summary>The letter-case shape of a word, which decides which case variants to look up.</summary>
public enum WordCasing
{
    /// <summary>No upper-case letter after which a retry would help (lower case, digits, mixed inside).</summary>
    Other,

    /// <summary>First letter upper case, no other upper-case letters: <c>Przywódcy</c>.</summary>
    Capitalised,

    /// <summary>At least two letters, all upper case: <c>NATO</c>, <c>PRZYWÓDCY</c>.</summary>
    AllCaps,
}

/// <summary>Case classification and conversion helpers for dictionary retries.</summary>
public static class Casing
{
    public static WordCasing Of(string word)
    {
        int letters = 0, upper = 0;
        bool firstLetterUpper = false;
        foreach (char c in word)
        {
            if (!char.IsLetter(c))
                continue;
            if (char.IsUpper(c))
            {
                if (letters == 0)
                    firstLetterUpper = true;
                upper++;
            }
            letters++;
        }
        if (upper == 0)
            return WordCasing.Other;
        if (letters >= 2 && upper == letters)
            return WordCasing.AllCaps;
        return firstLetterUpper && upper == 1 ? WordCasing.Capitalised : WordCasing.Other;
    }

    /// <summary>First character upper case, the rest lower case (<c>WARSZAWA</c> → <c>Warszawa</c>).</summary>
    public static string ToTitle(string word) =>
        word.Length == 0 ? word : string.Concat(char.ToUpperInvariant(word[0]).ToString(), word[1..].ToLowerInvariant());
}
