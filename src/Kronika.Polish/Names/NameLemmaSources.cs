namespace Kronika.Polish.Names;

/// <summary>Which sources of base forms the name lemmatiser combines (for measuring each one's share).</summary>
[Flags]
public enum NameLemmaSources
{
    /// <summary>Every word as written.</summary>
    None = 0,

    /// <summary>Morfologik readings: agreement inside the name and nominatives generated from lemmas.</summary>
    Dictionary = 1,

    /// <summary>The learnt ending rules, for words the dictionary does not decline.</summary>
    Rules = 2,

    All = Dictionary | Rules,
}
