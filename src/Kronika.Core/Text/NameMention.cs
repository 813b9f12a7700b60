namespace Kronika.Core.Text;

/// <summary>A name found in the text by the recogniser: a token range, its character span and its type.</summary>
/// <param name="FirstToken">Index of the first token in <see cref="Document.Tokens"/>.</param>
/// <param name="EndToken">Index one past the last token.</param>
public readonly record struct NameMention(int FirstToken, int EndToken, int Start, int End, EntityType Type)
{
    public TextSpan Span => new(Start, End);
}
