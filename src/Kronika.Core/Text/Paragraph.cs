namespace Kronika.Core.Text;

/// <summary>A paragraph (a block of text between blank lines or line breaks) and its sentences.</summary>
public readonly record struct Paragraph(int Start, int End, int FirstSentence, int SentenceCount)
{
    public TextSpan Span => new(Start, End);
}
