using Kronika.Polish.Morphology;

namespace Kronika.Polish.Tests.Morphology;

/// <summary>
/// The real Morfologik dictionary, found through <see cref="DictionaryLocator"/> and loaded once per
/// test run (CI runs scripts/fetch-morfologik.sh first; locally set KRONIKA_MORFOLOGIK).
/// </summary>
public static class RealDictionary
{
    private static readonly Lazy<PolishMorphology> Shared = new(() => PolishMorphology.Load());

    public static PolishMorphology Morphology => Shared.Value;

    public static MorfologikDictionary Dictionary => Shared.Value.Dictionary;
}
