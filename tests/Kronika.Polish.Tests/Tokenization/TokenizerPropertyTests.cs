using System.Collections.Immutable;
using System.Text;
using Kronika.Core.Text;
using Kronika.Polish.Tokenization;

namespace Kronika.Polish.Tests.Tokenization;

/// <summary>
/// Invariants that must hold for any input, checked on random strings built from the characters the
/// scanner treats specially (fixed seed, so failures reproduce).
/// </summary>
public sealed class TokenizerPropertyTests
{
    // Letters, digits, every kind of separator and punctuation the scanner branches on, surrogate
    // halves, combining marks, RTL letters, control characters and fragments of special tokens.
    private static readonly string[] Pieces =
    [
        "a", "Ż", "ó", "X", "7", "0", " ", "  ", "\n", "\r\n", "\n\n", "\t", "\0", "\u0007", "\u200B", "\u200D", "\uFEFF",
        ".", "..", "...", "…", ",", "!", "?", ":", ";", "-", "–", "—", "„", "”", "\"", "'", "’", "«", "»", "(", ")", "[", "]",
        "%", "$", "€", "§", "+", "=", "#", "@", "/", "_", "\u0301", "\uD83D", "\uDE00", "👍🏽", "🇵🇱", "ש", "م", "\u00A0",
        "r.", "np.", "m.in.", "J.", "1 000", "19.06.", "2024-06-", "15:3", "http://", "www.", "x@y.pl", "O'", "dr", "godz. ",
    ];

    private readonly PolishTokenizer _tokenizer = new();
    private readonly PolishSentenceSplitter _splitter = new();

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TokensAreOrderedNonEmptyAndInsideTheText(int seed)
    {
        string text = RandomText(seed);
        ImmutableArray<Token> tokens = _tokenizer.Tokenize(text);

        int previousEnd = 0;
        foreach (Token token in tokens)
        {
            Assert.True(token.Start >= previousEnd, $"Token {token} overlaps or precedes the previous one in {Escape(text)}");
            Assert.True(token.End > token.Start, $"Empty token {token} in {Escape(text)}");
            Assert.True(token.End <= text.Length);
            Assert.False(string.IsNullOrWhiteSpace(text[token.Start..token.End]), $"Blank token {token} in {Escape(text)}");
            previousEnd = token.End;
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SurrogatePairsAreNeverSplit(int seed)
    {
        string text = RandomText(seed);
        foreach (Token token in _tokenizer.Tokenize(text))
        {
            Assert.False(char.IsLowSurrogate(text[token.Start]) && token.Start > 0 && char.IsHighSurrogate(text[token.Start - 1]),
                $"Token {token} starts inside a surrogate pair in {Escape(text)}");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SentencesCoverEveryTokenOnceAndParagraphsCoverSentences(int seed)
    {
        // Raw text, not a Document: Document.Create rejects lone surrogates, the scanner must not.
        string text = RandomText(seed);
        ImmutableArray<Token> tokens = _tokenizer.Tokenize(text);
        (ImmutableArray<Sentence> sentences, ImmutableArray<Paragraph> paragraphs) = _splitter.Split(text, tokens);

        int nextToken = 0;
        foreach (Sentence sentence in sentences)
        {
            Assert.Equal(nextToken, sentence.FirstToken);
            Assert.True(sentence.TokenCount > 0);
            Assert.Equal(tokens[sentence.FirstToken].Start, sentence.Start);
            Assert.Equal(tokens[sentence.EndToken - 1].End, sentence.End);
            nextToken = sentence.EndToken;
        }

        Assert.Equal(tokens.Length, nextToken);

        int nextSentence = 0;
        for (int p = 0; p < paragraphs.Length; p++)
        {
            Paragraph paragraph = paragraphs[p];
            Assert.Equal(nextSentence, paragraph.FirstSentence);
            Assert.True(paragraph.SentenceCount > 0);
            for (int s = paragraph.FirstSentence; s < paragraph.FirstSentence + paragraph.SentenceCount; s++)
            {
                Assert.Equal(p, sentences[s].Paragraph);
                Assert.True(paragraph.Span.Contains(sentences[s].Span));
            }

            nextSentence += paragraph.SentenceCount;
        }

        Assert.Equal(sentences.Length, nextSentence);
    }

    [Fact]
    public void EveryUtf16CodeUnitIsHandled()
    {
        var text = new StringBuilder(70_000);
        for (int c = 0; c <= char.MaxValue; c++)
        {
            text.Append((char)c).Append(c % 7 == 0 ? " " : string.Empty);
        }

        string all = text.ToString();
        ImmutableArray<Token> tokens = _tokenizer.Tokenize(all);
        Assert.NotEmpty(_splitter.Split(all, tokens).Sentences);
    }

    private static string RandomText(int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        int pieces = random.Next(1, 200);
        for (int i = 0; i < pieces; i++)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c < ' ' || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}
