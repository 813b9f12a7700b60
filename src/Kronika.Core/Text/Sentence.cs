namespace Kronika.Core.Text;

/// <summary>A sentence: its text span and the range of tokens it covers.</summary>
/// <param name="FirstToken">Index of the sentence's first token in <see cref="Document.Tokens"/>.</param>
/// <param name="TokenCount">Number of tokens in the sentence.</param>
/// <param name="Paragraph">Index of the paragraph the sentence belongs to.</param>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount, int Paragraph)
{
    public TextSpan Span => new(Start, End);

    public int EndToken => FirstToken + TokenCount;
}
