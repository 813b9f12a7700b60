namespace Kronika.Core.Text;

/// <summary>A token: a span of the document text and its kind. Lemma and tag live in the morphology layer.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public TextSpan Span => new(Start, End);

    public int Length => End - Start;
}
