namespace Kronika.Polish.Morphology;

/// <summary>How a Morfologik dictionary stores the lemma relative to the word form (<c>fsa.dict.encoder</c>).</summary>
public enum LemmaEncoding
{
    /// <summary>The lemma is stored verbatim.</summary>
    None,

    /// <summary><c>{K}{suffix}</c>: drop K bytes from the end of the form, append suffix.</summary>
    Suffix,

    /// <summary><c>{P}{K}{suffix}</c>: drop P bytes from the start and K from the end, append suffix.</summary>
    Prefix,

    /// <summary><c>{X}{L}{K}{suffix}</c>: drop L bytes at offset X and K from the end, append suffix.</summary>
    Infix,
}
