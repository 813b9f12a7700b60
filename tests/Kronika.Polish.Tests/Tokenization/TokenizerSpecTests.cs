using Kronika.Core.Text;
using Kronika.Polish.Tokenization;

namespace Kronika.Polish.Tests.Tokenization;

/// <summary>Runs every example of specs/tokens.md as its own test case.</summary>
public sealed class TokenizerSpecTests
{
    private static readonly Lazy<Dictionary<string, SpecExample>> Examples =
        new(() => SpecFile.Load("tokens.md").ToDictionary(e => e.Id));

    private readonly PolishTokenizer _tokenizer = new();

    public static TheoryData<string> ExampleIds() => [.. Examples.Value.Keys];

    [Theory]
    [MemberData(nameof(ExampleIds))]
    public void Example(string id)
    {
        SpecExample example = Examples.Value[id];
        var tokens = _tokenizer.Tokenize(example.Input);
        string[] texts = [.. tokens.Select(t => example.Input[t.Start..t.End])];

        if (example.Tokens is not null)
        {
            Assert.Equal(string.Join(" | ", example.Tokens), string.Join(" | ", texts));
        }

        foreach ((string text, string kind) in example.Kinds)
        {
            TokenKind expected = Enum.Parse<TokenKind>(kind);
            int[] matching = [.. Enumerable.Range(0, texts.Length).Where(i => texts[i] == text)];
            Assert.True(matching.Length > 0, $"No token '{text}' in: {string.Join(" | ", texts)}");
            Assert.All(matching, i => Assert.Equal((text, expected), (text, tokens[i].Kind)));
        }
    }
}
