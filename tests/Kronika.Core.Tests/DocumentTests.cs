using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Kronika.Core.Text;

namespace Kronika.Core.Tests;

public sealed class DocumentTests
{
    // "Mój kot" with ó written as o + U+0301 COMBINING ACUTE ACCENT.
    private const string Decomposed = "Mo\u0301j kot śpi.";
    private const string Composed = "Mój kot śpi.";

    [Fact]
    public void Text_is_normalised_to_NFC_on_entry()
    {
        Document document = Document.Create(Decomposed);

        Assert.Equal(Composed, document.Text);
        Assert.Equal(Decomposed.Length - 1, document.Text.Length);
        Assert.Equal('ó', document.Text[1]);
    }

    [Fact]
    public void Offsets_refer_to_the_normalised_text()
    {
        Document document = Document.Create(Decomposed);
        document.SetTokens([new Token(0, 3, TokenKind.Word), new Token(4, 7, TokenKind.Word)]);

        Assert.Equal("Mój", document.TextOf(document.Tokens[0]));
        Assert.Equal("kot", document.TextOf(document.Tokens[1]));
        Assert.Equal("kot", document.TextOf(new TextSpan(4, 7)));
    }

    [Fact]
    public void A_span_valid_only_in_the_decomposed_text_is_rejected()
    {
        Document document = Document.Create(Decomposed);
        int pastNormalisedEnd = Decomposed.Length;

        Assert.Throws<ArgumentOutOfRangeException>(() => document.SetTokens([new Token(0, pastNormalisedEnd, TokenKind.Word)]));
    }

    [Fact]
    public void Sha256_is_lower_case_hex_of_the_utf8_text()
    {
        Document document = Document.Create("abc");

        // The published SHA-256 test vector for "abc".
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", document.Sha256);
    }

    [Fact]
    public void Sha256_is_computed_over_the_normalised_text()
    {
        string expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Composed)));

        Assert.Equal(expected, Document.Create(Decomposed).Sha256);
        Assert.Equal(expected, Document.Create(Composed).Sha256);
    }

    [Fact]
    public void Default_id_is_the_first_16_hex_digits_of_the_hash()
    {
        Document document = Document.Create("Sejm uchwalił ustawę.");

        Assert.Equal(document.Sha256[..16], document.Info.Id);
        Assert.Equal(16, document.Info.Id!.Length);
    }

    [Fact]
    public void An_explicit_id_and_other_info_are_kept()
    {
        var info = new DocumentInfo(Id: "artykul-7", Source: "a.txt", Date: new DateOnly(2024, 6, 20));
        Document document = Document.Create("Sejm uchwalił ustawę.", info);

        Assert.Equal("artykul-7", document.Info.Id);
        Assert.Equal("a.txt", document.Info.Source);
        Assert.Equal(new DateOnly(2024, 6, 20), document.Info.Date);
        Assert.Equal("pl", document.Info.Language);
    }

    // Built in code: a lone surrogate does not survive the UTF-8 round trip of attribute arguments.
    [Theory]
    [InlineData("high in the middle")]
    [InlineData("low in the middle")]
    [InlineData("high at the end")]
    [InlineData("reversed pair")]
    public void Lone_surrogates_become_replacement_characters_without_changing_length(string situation)
    {
        (string input, string expected) = situation switch
        {
            "high in the middle" => ("ab" + '\uD800' + "cd", "ab\uFFFDcd"),
            "low in the middle" => ("ab" + '\uDC00' + "cd", "ab\uFFFDcd"),
            "high at the end" => ("koniec" + '\uD83D', "koniec\uFFFD"),
            _ => (new string(['\uDE00', '\uD83D']), "\uFFFD\uFFFD"),
        };

        Document document = Document.Create(input);

        Assert.Equal(expected, document.Text);
        Assert.Equal(input.Length, document.Text.Length);
    }

    // Found by fuzzing (tests/Kronika.Properties.Tests/Fuzz/findings): normalisation throws on U+FFFE and U+FFFF.
    [Theory]
    [InlineData('\uFFFE')]
    [InlineData('\uFFFF')]
    public void Noncharacters_become_replacement_characters_without_changing_length(char noncharacter)
    {
        Document alone = Document.Create(noncharacter.ToString());
        Document inText = Document.Create("Mo\u0301j " + noncharacter + " kot");

        Assert.Equal("\uFFFD", alone.Text);
        Assert.Equal("Mój \uFFFD kot", inText.Text);
    }

    [Fact]
    public void A_lone_surrogate_does_not_shift_later_offsets()
    {
        Document document = Document.Create("Ala" + '\uD800' + " ma kota");
        document.SetTokens([new Token(5, 7, TokenKind.Word)]);

        Assert.Equal("ma", document.TextOf(document.Tokens[0]));
    }

    [Fact]
    public void A_valid_surrogate_pair_is_kept()
    {
        const string text = "Brawo \uD83D\uDE00 Polska";

        Assert.Equal(text, Document.Create(text).Text);
    }

    [Fact]
    public void Null_text_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => Document.Create(null!));
    }

    [Fact]
    public void Reading_an_unwritten_layer_throws()
    {
        Document document = Document.Create("Pada deszcz.");

        Assert.False(document.Has(Layer.Tokens));
        var e = Assert.Throws<InvalidOperationException>(() => document.Tokens);
        Assert.Contains("Tokens", e.Message);
        Assert.Throws<InvalidOperationException>(() => document.Sentences);
        Assert.Throws<InvalidOperationException>(() => document.Paragraphs);
        Assert.Throws<InvalidOperationException>(() => document.Morphology);
    }

    [Fact]
    public void A_layer_is_written_once()
    {
        Document document = Document.Create("Pada deszcz.");
        ImmutableArray<Token> tokens = [new Token(0, 4, TokenKind.Word), new Token(5, 11, TokenKind.Word), new Token(11, 12, TokenKind.Punctuation)];

        document.SetTokens(tokens);

        Assert.True(document.Has(Layer.Tokens));
        Assert.Equal(3, document.Tokens.Length);
        Assert.Throws<InvalidOperationException>(() => document.SetTokens(tokens));
        Assert.Equal(3, document.Tokens.Length);
    }

    [Fact]
    public void Sentences_and_paragraphs_are_written_once()
    {
        Document document = Document.Create("Pada deszcz.");
        document.SetTokens([new Token(0, 4, TokenKind.Word)]);
        ImmutableArray<Sentence> sentences = [new Sentence(0, 12, 0, 1, 0)];
        ImmutableArray<Paragraph> paragraphs = [new Paragraph(0, 12, 0, 1)];

        document.SetSentences(sentences, paragraphs);

        Assert.True(document.Has(Layer.Sentences));
        Assert.True(document.Has(Layer.Paragraphs));
        Assert.Throws<InvalidOperationException>(() => document.SetSentences(sentences, paragraphs));
    }

    [Fact]
    public void Morphology_is_written_once_and_must_match_the_tokens()
    {
        Document document = Document.Create("Pada deszcz.");
        document.SetTokens([new Token(0, 4, TokenKind.Word), new Token(5, 11, TokenKind.Word)]);

        Assert.Throws<ArgumentException>(() => document.SetMorphology([new MorphAnalysis("padać", "fin:sg:ter:imperf")]));

        document.SetMorphology([new MorphAnalysis("padać", "fin:sg:ter:imperf"), new MorphAnalysis("deszcz", "subst:sg:nom:m3")]);
        Assert.Equal("deszcz", document.Morphology[1].Lemma);
        Assert.Throws<InvalidOperationException>(() => document.SetMorphology([new MorphAnalysis("a", "b"), new MorphAnalysis("c", "d")]));
    }

    [Fact]
    public void A_default_array_is_not_a_layer()
    {
        Document document = Document.Create("Pada deszcz.");

        Assert.Throws<ArgumentException>(() => document.SetTokens(default));
        Assert.False(document.Has(Layer.Tokens));
        Assert.Throws<ArgumentException>(() => document.SetMorphology(default));
    }

    [Fact]
    public void A_default_paragraph_array_leaves_the_sentences_unwritten()
    {
        Document document = Document.Create("Pada deszcz.");

        Assert.Throws<ArgumentException>(() => document.SetSentences([new Sentence(0, 12, 0, 0, 0)], default));
        Assert.False(document.Has(Layer.Sentences));
        Assert.False(document.Has(Layer.Paragraphs));
        Assert.Throws<ArgumentException>(() => document.SetSentences(default, [new Paragraph(0, 12, 0, 0)]));
    }

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(3, 2)]
    [InlineData(0, 13)]
    [InlineData(13, 13)]
    public void Token_spans_outside_the_text_are_rejected(int start, int end)
    {
        Document document = Document.Create("Pada deszcz.");

        Assert.Throws<ArgumentOutOfRangeException>(() => document.SetTokens([new Token(start, end, TokenKind.Word)]));
        Assert.False(document.Has(Layer.Tokens));
    }

    [Fact]
    public void Sentence_and_paragraph_spans_outside_the_text_are_rejected()
    {
        Document document = Document.Create("Pada deszcz.");

        Assert.Throws<ArgumentOutOfRangeException>(() => document.SetSentences([new Sentence(0, 20, 0, 0, 0)], [new Paragraph(0, 12, 0, 1)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => document.SetSentences([new Sentence(0, 12, 0, 0, 0)], [new Paragraph(-1, 12, 0, 1)]));
        Assert.False(document.Has(Layer.Sentences));
    }

    [Fact]
    public void An_empty_span_at_the_end_is_allowed()
    {
        Document document = Document.Create("Pada.");

        document.SetTokens([new Token(5, 5, TokenKind.Punctuation)]);

        Assert.Equal("", document.TextOf(document.Tokens[0]));
    }

    [Fact]
    public void Quotes_are_written_once_and_their_speaker_must_be_an_entity()
    {
        Document document = Document.Create("„Tak” – powiedział.");
        document.SetTokens([new Token(0, 1, TokenKind.Quote)]);
        document.SetEntities([], []);
        ImmutableArray<Quote> quotes = [new Quote(1, 4, true, null, null, new TextSpan(8, 18), "powiedzieć")];

        Assert.Throws<ArgumentOutOfRangeException>(() => document.SetQuotes([new Quote(1, 4, true, 0, null, null, null)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => document.SetQuotes([new Quote(1, 40, true, null, null, null, null)]));
        Assert.False(document.Has(Layer.Quotes));
        document.SetQuotes(quotes);
        Assert.True(document.Has(Layer.Quotes));
        Assert.Equal("Tak", document.TextOf(document.Quotes[0].Span));
        Assert.Throws<InvalidOperationException>(() => document.SetQuotes(quotes));
    }

    [Fact]
    public void Quotes_cannot_be_read_before_they_are_written()
    {
        Assert.Throws<InvalidOperationException>(() => Document.Create("Tak.").Quotes);
    }
}
