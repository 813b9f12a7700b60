using Kronika.Polish.Tagging;

namespace Kronika.Polish.Knowledge;

/// <summary>
/// The form under which names are looked up: lower case, one space between words, one kind of hyphen
/// and no dots, so that <c>Korea  Północna</c>, <c>korea północna</c> and <c>Kim Jong‑un</c> meet their entries.
/// </summary>
public static class NameKey
{
    /// <summary>Names up to this length get their key on the stack when looked up (longer ones on the heap).</summary>
    internal const int StackLimit = 256;

    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<char> key = name.Length <= StackLimit ? stackalloc char[StackLimit] : new char[name.Length];
        return new string(key[..Write(name, key)]);
    }

    /// <summary>Whether <paramref name="key"/> is the key of <paramref name="name"/>, without making a string of the name's key.</summary>
    public static bool Matches(ReadOnlySpan<char> name, string key)
    {
        Span<char> own = name.Length <= StackLimit ? stackalloc char[StackLimit] : new char[name.Length];
        return own[..Write(name, own)].SequenceEqual(key);
    }

    /// <summary>Writes the key of <paramref name="name"/> into <paramref name="key"/> (at least as long as the name) and returns its length: lookups need no string.</summary>
    public static int Write(ReadOnlySpan<char> name, Span<char> key)
    {
        int length = 0;
        bool space = false;
        foreach (char c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }

            if (c == '.')
            {
                continue;
            }

            if (space)
            {
                key[length++] = ' ';
                space = false;
            }

            key[length++] = c is '\u2010' or '\u2011' or '\u2012' or '\u2013' ? '-' : LatinLower.Of(c);
        }

        return length;
    }
}
