using Kronika.Core;
using Kronika.Core.Pipeline;
using Kronika.Core.Text;
using Kronika.Polish.Tokenization;

namespace Kronika.Polish.Tests.Tokenization;

/// <summary>
/// Runs the tokenizer and splitter over the shared sample article, if it is present on this machine,
/// and checks a few properties that do not depend on its exact wording.
/// </summary>
public sealed class SeedArticleSmokeTests
{
    private const string SeedPath = "/work/shared/seed/000_038ae2f5eb9c90db.txt";

    [Fact]
    public void SampleArticleSplitsIntoLineParagraphs()
    {
        if (!File.Exists(SeedPath))
        {
            return; // the sample is not part of the repository; nothing to check elsewhere
        }

        Document document = Document.Create(File.ReadAllText(SeedPath));
        Pipeline pipeline = new PipelineBuilder().Add(new PolishTokenizer()).Add(new PolishSentenceSplitter()).Build();
        pipeline.Process(document);

        int lines = document.Text.Split('\n').Count(l => l.Trim().Length > 0);
        Assert.Equal(lines, document.Paragraphs.Length);
        Assert.InRange(document.Sentences.Length, lines, lines * 3);

        // The headline is the first sentence and ends at the first line break.
        Assert.Equal(document.Text.IndexOf('\n', StringComparison.Ordinal), document.Sentences[0].End);

        // No sentence starts with a dash followed by a lower-case word (speech attribution stays attached).
        foreach (Sentence sentence in document.Sentences)
        {
            Token first = document.Tokens[sentence.FirstToken];
            if (first.Kind == TokenKind.Dash && sentence.TokenCount > 1)
            {
                Assert.False(char.IsLower(document.Text[document.Tokens[sentence.FirstToken + 1].Start]), document.TextOf(sentence.Span));
            }
        }

        Assert.Contains(document.Tokens, t => t.Kind == TokenKind.Quote);
        Assert.Contains(document.Tokens, t => t.Kind == TokenKind.Dash);
        Assert.Contains(document.Tokens, t => t.Kind == TokenKind.Abbreviation);
    }
}
