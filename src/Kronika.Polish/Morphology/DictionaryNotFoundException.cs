namespace Kronika.Polish.Morphology;

/// <summary>No Morfologik dictionary was found in any of the places <see cref="DictionaryLocator"/> looks.</summary>
public sealed class DictionaryNotFoundException : Exception
{
    public DictionaryNotFoundException(string message) : base(message) { }
}
