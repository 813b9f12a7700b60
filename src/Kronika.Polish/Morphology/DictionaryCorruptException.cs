namespace Kronika.Polish.Morphology;

/// <summary>
/// The dictionary file exists but cannot be read as a Morfologik dictionary
/// (bad magic, unsupported version, truncated data, missing metadata).
/// </summary>
public sealed class DictionaryCorruptException : Exception
{
    public DictionaryCorruptException(string message) : base(message) { }

    public DictionaryCorruptException(string message, Exception inner) : base(message, inner) { }
}
