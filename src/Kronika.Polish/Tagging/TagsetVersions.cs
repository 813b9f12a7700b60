namespace Kronika.Polish.Tagging;

/// <summary>
/// Reconciles the two versions of the NKJP tagset: the NKJP 1M one that Kronika tags with (from Morfologik)
/// and the newer Morfeusz 2 one of the UD Polish treebanks, which writes <c>qub</c> as <c>part</c> and adds
/// collectivity values (<c>col</c>, <c>ncol</c>, <c>pt</c>) that the older version lacks.
/// </summary>
public static class TagsetVersions
{
    /// <summary>The tag in a form both versions share: <c>part</c> → <c>qub</c>; collectivity values dropped.</summary>
    public static string Comparable(string tag)
    {
        tag = tag.TrimEnd(':');
        if (!tag.Contains(':'))
        {
            return tag == "part" ? "qub" : tag;
        }

        string[] parts = tag.Split(':');
        if (parts[0] == "part")
        {
            parts[0] = "qub";
        }

        return string.Join(':', parts.Where(p => p is not ("col" or "ncol" or "pt")));
    }
}
