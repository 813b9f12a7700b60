using Kronika.Core.Text;

namespace Kronika.Polish.Morphology;

/// <summary>
/// Readings of the agglutinative forms of <c>być</c> (<c>-em</c>, <c>-ś</c>, <c>-śmy</c>, …).
/// NKJP segments <c>zrobiłem</c> into <c>zrobił</c> + <c>em</c>, but Morfologik lists only whole
/// words, so these segments are missing from the dictionary.
/// </summary>
public static class AgglutinateReadings
{
    private static readonly Dictionary<string, MorphAnalysis[]> Readings = new(StringComparer.Ordinal)
    {
        ["m"] = [Aglt("sg:pri:imperf:nwok")],
        ["em"] = [Aglt("sg:pri:imperf:wok")],
        ["ś"] = [Aglt("sg:sec:imperf:nwok")],
        ["eś"] = [Aglt("sg:sec:imperf:wok")],
        ["śmy"] = [Aglt("pl:pri:imperf:nwok")],
        ["eśmy"] = [Aglt("pl:pri:imperf:wok")],
        ["ście"] = [Aglt("pl:sec:imperf:nwok")],
        ["eście"] = [Aglt("pl:sec:imperf:wok")],
    };

    /// <summary>The aglt readings of <paramref name="form"/> (case-sensitive, lower-case segments), or empty.</summary>
    public static IReadOnlyList<MorphAnalysis> For(string form) =>
        Readings.TryGetValue(form, out MorphAnalysis[]? readings) ? readings : [];

    private static MorphAnalysis Aglt(string attributes) => new("być", "aglt:" + attributes);
}
