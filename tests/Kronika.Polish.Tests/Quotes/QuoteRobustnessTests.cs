using Kronika.Core;
using Kronika.Core.Text;

namespace Kronika.Polish.Tests.Quotes;

/// <summary>Hostile runs of quotation marks: the finder stays linear and never runs past a paragraph.</summary>
public sealed class QuoteRobustnessTests
{
    [Theory]
    [InlineData("„")]
    [InlineData("”")]
    [InlineData("\"")]
    [InlineData("» «")]
    [InlineData("„a ")]
    public void Ten_thousand_marks_are_read_without_hanging(string unit)
    {
        string text = "Jan Kowalski powiedział: " + string.Concat(Enumerable.Repeat(unit, 10_000)) + "\nKoniec.";
        Document document = QuoteSpecTests.Analyse(text, [("Jan Kowalski", EntityType.Person)], null);
        int paragraphEnd = text.IndexOf('\n', StringComparison.Ordinal);
        Assert.All(document.Quotes, q => Assert.True(q.End <= paragraphEnd, $"a quote runs to {q.End}, past the paragraph end {paragraphEnd}"));
    }

    [Fact]
    public void Quote_spans_exclude_their_marks_and_name_their_cue()
    {
        Document document = QuoteSpecTests.Analyse("„Tak” – powiedział Jan Kowalski.", [("Jan Kowalski", EntityType.Person)], null);
        Quote quote = Assert.Single(document.Quotes);
        Assert.Equal(("Tak", "powiedział", "powiedzieć", "Jan Kowalski"), (document.TextOf(quote.Span), document.TextOf(quote.Cue!.Value), quote.CueLemma, document.TextOf(quote.SpeakerMention!.Value)));
    }

    [Fact]
    public void A_runaway_sentence_of_cues_and_dashes_is_read_in_bounded_steps()
    {
        string text = "– " + string.Concat(Enumerable.Repeat("Jan Kowalski powiedział, że „tak” – dodał, ", 2_000)) + "koniec";
        Document document = QuoteSpecTests.Analyse(text, [("Jan Kowalski", EntityType.Person)], null);
        Assert.All(document.Quotes, q => Assert.True(q.Start < q.End));
    }
}
