using FsCheck.Fluent;
using Kronika.Core;
using Kronika.Core.Text;

namespace Kronika.Properties.Tests.Generators;

/// <summary>
/// The properties are only as strong as their texts: a sample of generated texts must reach every layer
/// (entities, times, quotes, events, claims) and carry the unusual characters, or the later stages would
/// only ever see noise.
/// </summary>
public sealed class GeneratorCoverageTests
{
    private static readonly PolishText[] Sample = [.. PolishTexts.Text().Generator.Sample(40, 300)];

    [Fact]
    public void Generated_texts_reach_every_layer()
    {
        Document[] documents = [.. Sample.Select(t => Stages.Check(Stages.EventsAndClaims, t.Text))];

        Assert.Contains(documents, d => d.Entities.Length > 0);
        Assert.Contains(documents, d => d.Times.Length > 0);
        Assert.Contains(documents, d => d.Quotes.Length > 0);
        Assert.Contains(documents, d => d.Events.Length > 0);
        Assert.Contains(documents, d => d.Claims.Length > 0);
        Assert.Contains(documents, d => d.Paragraphs.Length > 1);
    }

    [Theory]
    [InlineData("quotation marks", "„”«»\"")]
    [InlineData("dashes", "–—")]
    [InlineData("combining marks", "\u0301\u0307\u0328")]
    [InlineData("control characters", "\u0000\u0007\u001B\u007F\u200B\uFEFF")]
    [InlineData("right-to-left text", "שمר")]
    [InlineData("noncharacters", "\uFFFE\uFFFF")]
    [InlineData("digits", "0123456789")]
    public void Generated_texts_carry(string what, string characters)
    {
        Assert.True(Sample.Any(t => t.Text.AsSpan().IndexOfAny(characters) >= 0), $"no generated text holds {what}");
    }

    [Fact]
    public void Generated_texts_carry_emoji_and_lone_surrogates()
    {
        Assert.Contains(Sample, t => t.Text.EnumerateRunes().Any(r => r.Value >= 0x1F000));
        Assert.Contains(Sample, t => HasLoneSurrogate(t.Text));
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
