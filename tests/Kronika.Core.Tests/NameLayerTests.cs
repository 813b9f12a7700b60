using System.Collections.Immutable;
using Kronika.Core.Text;

namespace Kronika.Core.Tests;

public class NameLayerTests
{
    private static Document Tokenised()
    {
        // "Władimir Putin przybył do Pjongjangu."
        Document document = Document.Create("Władimir Putin przybył do Pjongjangu.");
        document.SetTokens(
        [
            new Token(0, 8, TokenKind.Word), new Token(9, 14, TokenKind.Word), new Token(15, 22, TokenKind.Word),
            new Token(23, 25, TokenKind.Word), new Token(26, 36, TokenKind.Word), new Token(36, 37, TokenKind.Punctuation),
        ]);
        return document;
    }

    [Fact]
    public void Names_are_written_once_and_read_back()
    {
        Document document = Tokenised();
        Assert.False(document.Has(Layer.Names));
        Assert.Throws<InvalidOperationException>(() => document.Names);
        ImmutableArray<NameMention> names = [new NameMention(0, 2, 0, 14, EntityType.Person), new NameMention(4, 5, 26, 36, EntityType.Location)];

        document.SetNames(names);

        Assert.True(document.Has(Layer.Names));
        Assert.Equal("Władimir Putin", document.TextOf(document.Names[0].Span));
        Assert.Equal(2, document.Names[0].TokenCount);
        Assert.Throws<InvalidOperationException>(() => document.SetNames([]));
    }

    [Fact]
    public void A_mention_whose_offsets_are_not_its_tokens_is_rejected()
    {
        Document document = Tokenised();

        Assert.Throws<ArgumentException>(() => document.SetNames([new NameMention(0, 2, 0, 13, EntityType.Person)]));
        Assert.False(document.Has(Layer.Names));
    }

    [Fact]
    public void Overlapping_empty_or_out_of_range_mentions_are_rejected()
    {
        Document document = Tokenised();

        Assert.Throws<ArgumentException>(() => document.SetNames(
            [new NameMention(0, 2, 0, 14, EntityType.Person), new NameMention(1, 2, 9, 14, EntityType.Person)]));
        Assert.Throws<ArgumentException>(() => document.SetNames([new NameMention(2, 2, 15, 15, EntityType.Person)]));
        Assert.Throws<ArgumentException>(() => document.SetNames([new NameMention(5, 7, 36, 37, EntityType.Event)]));
        Assert.Throws<ArgumentException>(() => document.SetNames(default));
    }
}
