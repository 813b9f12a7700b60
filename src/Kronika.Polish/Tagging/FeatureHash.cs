namespace Kronika.Polish.Tagging;

/// <summary>
/// 64-bit hashes for features: strings are hashed once (FNV-1a, optionally lower-cased on the fly), and
/// features are made by mixing those hashes with a template number, so no feature string is ever built.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        ulong hash = Offset;
        foreach (char c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    /// <summary>The hash of the lower-cased text, without allocating the lower-cased string.</summary>
    public static ulong OfLower(ReadOnlySpan<char> text)
    {
        ulong hash = Offset;
        foreach (char c in text)
        {
            hash = (hash ^ LatinLower.Of(c)) * Prime;
        }

        return hash;
    }

    /// <summary>An order-sensitive combination of a template number and values (a non-commutative mix).</summary>
    public static ulong Feature(int template, ulong a, ulong b = 0)
    {
        ulong h = ((ulong)template + 1) * 0x9E3779B97F4A7C15UL;
        h = Mix(h ^ a);
        h = Mix(h ^ (b * 0xC2B2AE3D27D4EB4FUL));
        return h == 0 ? 1 : h;
    }

    /// <summary>The finaliser of SplitMix64: spreads every input bit over the whole word.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
