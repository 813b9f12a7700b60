namespace Kronika.Core.Text;

/// <summary>
/// A name found in the text: the tokens it covers (<paramref name="FirstToken"/> up to, not including,
/// <paramref name="EndToken"/>), its character span and its type.
/// </summary>
public readonly record struct NameMention(int FirstToken, int EndToken, int Start, int End, EntityType Type)
{
    public TextSpan Span => new(Start, End);

    public int TokenCount => EndToken - FirstToken;
}
