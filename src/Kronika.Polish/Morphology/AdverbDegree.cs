namespace Kronika.Polish.Morphology;

/// <summary>
/// Repairs PoliMorf adverbs that lack a degree although NKJP grades them. PoliMorf tags
/// <c>bardziej</c> as <c>adv:com</c> but <c>bardzo</c> and <c>najbardziej</c> as bare <c>adv</c>;
/// NKJP has <c>adv:pos</c> / <c>adv:sup</c>. Together they are ~0.2% of NKJP word tokens.
/// </summary>
public static class AdverbDegree
{
    private static readonly Dictionary<string, string> Degrees = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bardzo"] = "adv:pos",
        ["najbardziej"] = "adv:sup",
    };

    /// <summary>The NKJP tag for a bare <c>adv</c> reading of <paramref name="form"/>; other tags pass through.</summary>
    public static string Fix(string form, string tag) =>
        tag == "adv" && Degrees.TryGetValue(form, out string? graded) ? graded : tag;
}
