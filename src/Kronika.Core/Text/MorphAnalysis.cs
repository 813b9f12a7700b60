namespace Kronika.Core.Text;

/// <summary>
/// One morphological reading of a token: its lemma and its tag in the language's tagset
/// (for Polish, the NKJP tagset, e.g. <c>subst:sg:gen:m3</c>).
/// </summary>
public readonly record struct MorphAnalysis(string Lemma, string Tag)
{
    /// <summary>The part of speech: the tag up to the first colon.</summary>
    public string Pos
    {
        get
        {
            int colon = Tag.IndexOf(':');
            return colon < 0 ? Tag : Tag[..colon];
        }
    }

    public override string ToString() => $"{Lemma}/{Tag}";
}
