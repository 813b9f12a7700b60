using System.Text;
using Kronika.Core.Text;
using Kronika.Polish.Tokenization;

namespace Kronika.Polish.Tests.Tokenization;

/// <summary>Large and adversarial inputs: they must finish (the scanner is linear) and not throw.</summary>
public sealed class RobustnessTests
{
    private readonly PolishTokenizer _tokenizer = new();
    private readonly PolishSentenceSplitter _splitter = new();

    public static TheoryData<string, int> Repeated() => new()
    {
        { "Ala ma kota, a kot ma „Alę” – powiedział prof. Nowak w 2022 r. ", 200_000 },
        { "a.", 2_000_000 },
        { "a.b", 1_000_000 },
        { "1 000 ", 500_000 },
        { "1,", 1_000_000 },
        { "x-", 1_000_000 },
        { "www.a", 500_000 },
        { "http://", 200_000 },
        { "@", 1_000_000 },
        { "a@", 1_000_000 },
        { "\u0301", 1_000_000 },
        { "(", 1_000_000 },
        { " ", 3_000_000 },
        { "J.", 1_000_000 },
    };

    [Theory]
    [MemberData(nameof(Repeated))]
    public void LongSingleLineInputsFinish(string piece, int count)
    {
        string text = new StringBuilder(piece.Length * count).Insert(0, piece, count).ToString();
        var tokens = _tokenizer.Tokenize(text);
        var (sentences, paragraphs) = _splitter.Split(text, tokens);
        Assert.True(paragraphs.Length <= 1);
        Assert.True(sentences.Length <= tokens.Length);
    }

    [Fact]
    public void CancellationIsHonoured()
    {
        string text = new('a', 1_000_000);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => _tokenizer.Tokenize(text.Replace("aaaa", "aa a"), cancelled.Token));
    }

    [Fact]
    public void EmptyTextGivesNothing()
    {
        Assert.Empty(_tokenizer.Tokenize(string.Empty));
        var (sentences, paragraphs) = _splitter.Split(string.Empty, []);
        Assert.Empty(sentences);
        Assert.Empty(paragraphs);
    }

    [Fact]
    public void LoneSurrogatesBecomeSymbols()
    {
        string text = "a\uD800b\uDC00c";
        var tokens = _tokenizer.Tokenize(text);
        Assert.Equal([TokenKind.Word, TokenKind.Symbol, TokenKind.Word, TokenKind.Symbol, TokenKind.Word], tokens.Select(t => t.Kind));
    }
}
