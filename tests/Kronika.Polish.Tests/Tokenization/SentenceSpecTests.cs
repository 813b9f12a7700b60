using Kronika.Core;
using Kronika.Polish.Tokenization;

namespace Kronika.Polish.Tests.Tokenization;

/// <summary>Runs every example of specs/sentences.md (and sentence expectations in tokens.md) as a test case.</summary>
public sealed class SentenceSpecTests
{
    private static readonly Lazy<Dictionary<string, SpecExample>> Examples =
        new(() => SpecFile.Load("sentences.md").Concat(SpecFile.Load("tokens.md"))
            .Where(e => e.Sentences is not null).ToDictionary(e => e.Id));

    public static TheoryData<string> ExampleIds() => [.. Examples.Value.Keys];

    [Theory]
    [MemberData(nameof(ExampleIds))]
    public void Example(string id)
    {
        SpecExample example = Examples.Value[id];
        Document document = Document.Create(example.Input);
        new PolishTokenizer().Process(document, CancellationToken.None);
        new PolishSentenceSplitter().Process(document, CancellationToken.None);

        string[] sentences = [.. document.Sentences.Select(s => document.TextOf(s.Span))];
        Assert.Equal(string.Join("\n", example.Sentences!), string.Join("\n", sentences));
        if (example.Paragraphs is int paragraphs)
        {
            Assert.Equal(paragraphs, document.Paragraphs.Length);
        }
    }
}
