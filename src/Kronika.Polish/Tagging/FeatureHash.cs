namespace Kronika.Polish.Tagging;

/// <summary>64-bit FNV-1a hashes of (feature template, strings): features are numbers, never concatenated strings.</summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(byte template) => Mix(Offset, template);

    public static ulong Of(byte template, ReadOnlySpan<char> a) => Add(Of(template), a);

    public static ulong Of(byte template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Add(Add(Of(template), a), b);

    public static ulong Add(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            hash = Mix(hash, c);
        }

        // A separator, so that ("ab", "c") and ("a", "bc") differ.
        return Mix(hash, 0xFFFF);
    }

    private static ulong Mix(ulong hash, uint value)
    {
        hash ^= value & 0xFF;
        hash *= Prime;
        hash ^= value >> 8;
        hash *= Prime;
        return hash;
    }
}
