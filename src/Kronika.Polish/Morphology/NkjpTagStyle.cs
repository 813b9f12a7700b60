namespace Kronika.Polish.Morphology;

/// <summary>Which flavour of the NKJP tagset <see cref="NkjpTagExpander"/> produces.</summary>
public enum NkjpTagStyle
{
    /// <summary>NKJP 1M as in the NKJP corpus: <c>qub</c>, neuter nouns just <c>n</c>, collective numerals as <c>numcol</c>.</summary>
    Nkjp1M,

    /// <summary>
    /// The Morfeusz 2 revision used by UD PDB XPOS: <c>part</c> for particles, nouns with
    /// <c>col</c>/<c>ncol</c>/<c>pt</c> (<c>subst:sg:loc:n:ncol</c>), numerals with <c>col</c>/<c>ncol</c>.
    /// </summary>
    Morfeusz2,
}
