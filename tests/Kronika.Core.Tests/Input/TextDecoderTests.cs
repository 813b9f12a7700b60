using System.Text;
using Kronika.Core.Input;

namespace Kronika.Core.Tests.Input;

public sealed class TextDecoderTests
{
    private const string Sentence = "Minister spraw zagranicznych spotkał się w Łodzi z ambasadorem Węgier.";

    [Fact]
    public void Utf8_without_bom()
    {
        DecodedText decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(PolishSamples.AllLetters));

        Assert.Equal(PolishSamples.AllLetters, decoded.Text);
        Assert.Equal("utf-8", decoded.Encoding);
    }

    [Fact]
    public void Utf8_with_bom_drops_the_bom()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sentence)];

        DecodedText decoded = TextDecoder.Decode(bytes);

        Assert.Equal(Sentence, decoded.Text);
        Assert.Equal("utf-8", decoded.Encoding);
    }

    [Fact]
    public void Utf8_bom_followed_by_invalid_utf8_is_refused()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, 0x41, 0xC3, 0x28];

        Assert.Throws<InputException>(() => TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Utf16_little_endian_with_bom()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(PolishSamples.AllLetters)];

        DecodedText decoded = TextDecoder.Decode(bytes);

        Assert.Equal(PolishSamples.AllLetters, decoded.Text);
        Assert.Equal("utf-16le", decoded.Encoding);
    }

    [Fact]
    public void Utf16_big_endian_with_bom()
    {
        byte[] bytes = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(PolishSamples.AllLetters)];

        DecodedText decoded = TextDecoder.Decode(bytes);

        Assert.Equal(PolishSamples.AllLetters, decoded.Text);
        Assert.Equal("utf-16be", decoded.Encoding);
    }

    [Fact]
    public void Windows1250_polish_is_detected_and_decoded_exactly()
    {
        byte[] bytes = PolishSamples.Windows1250.GetBytes(PolishSamples.AllLetters);
        Assert.False(System.Text.Unicode.Utf8.IsValid(bytes));

        DecodedText decoded = TextDecoder.Decode(bytes);

        Assert.Equal("windows-1250", decoded.Encoding);
        Assert.Equal(PolishSamples.AllLetters, decoded.Text);
    }

    [Fact]
    public void Iso88592_polish_is_detected_and_decoded_exactly()
    {
        byte[] bytes = PolishSamples.Latin2.GetBytes(PolishSamples.AllLetters);
        Assert.False(System.Text.Unicode.Utf8.IsValid(bytes));

        DecodedText decoded = TextDecoder.Decode(bytes);

        Assert.Equal("iso-8859-2", decoded.Encoding);
        Assert.Equal(PolishSamples.AllLetters, decoded.Text);
    }

    [Theory]
    [InlineData("Świątynia stała się ośrodkiem życia.")]
    [InlineData("Ściana, źródło i ślad.")]
    [InlineData("Mąka")]
    [InlineData("Ąę")]
    public void Short_texts_with_the_letters_the_encodings_disagree_on_are_told_apart(string text)
    {
        Assert.Equal(text, TextDecoder.Decode(PolishSamples.Windows1250.GetBytes(text)).Text);
        Assert.Equal(text, TextDecoder.Decode(PolishSamples.Latin2.GetBytes(text)).Text);
    }

    [Theory]
    [InlineData(1250, "windows-1250")]
    [InlineData(28592, "iso-8859-2")]
    public void Lines_in_utf8_and_lines_in_a_legacy_encoding_are_each_decoded_in_their_own(int codePage, string legacyName)
    {
        string utf8Part = Sentence + "\n", legacyPart = PolishSamples.AllLetters + "\r\n", ascii = "ASCII only.\n";
        byte[] bytes = [.. Encoding.UTF8.GetBytes(utf8Part), .. CodePagesEncodingProvider.Instance.GetEncoding(codePage)!.GetBytes(legacyPart), .. Encoding.ASCII.GetBytes(ascii), .. Encoding.UTF8.GetBytes(utf8Part)];

        DecodedText decoded = TextDecoder.Decode(bytes);

        Assert.Equal(utf8Part + legacyPart + ascii + utf8Part, decoded.Text);
        Assert.Equal($"utf-8 and {legacyName}", decoded.Encoding);
    }

    [Fact]
    public void Nul_bytes_are_refused_as_binary()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Ala ma "), 0, .. Encoding.UTF8.GetBytes("kota")];

        var e = Assert.Throws<InputException>(() => TextDecoder.Decode(bytes));
        Assert.Contains("NUL", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Empty_input_is_an_empty_string()
    {
        DecodedText decoded = TextDecoder.Decode([]);

        Assert.Equal("", decoded.Text);
    }

    [Fact]
    public void Bytes_that_are_not_polish_in_any_encoding_are_refused()
    {
        // C1 controls in both legacy encodings, invalid UTF-8.
        byte[] bytes = [0x41, 0x81, 0x83, 0x88, 0x90, 0x98];

        Assert.Throws<InputException>(() => TextDecoder.Decode(bytes));
    }

    [Theory]
    [InlineData("windows-1250")]
    [InlineData("WINDOWS-1250")]
    [InlineData(" windows-1250 ")]
    public void A_forced_encoding_is_used(string name)
    {
        byte[] bytes = PolishSamples.Windows1250.GetBytes(Sentence);

        DecodedText decoded = TextDecoder.Decode(bytes, name);

        Assert.Equal(Sentence, decoded.Text);
        Assert.Equal("windows-1250", decoded.Encoding);
    }

    [Fact]
    public void A_forced_encoding_overrides_detection()
    {
        // Windows-1250 bytes read as ISO-8859-2 because the user says so: no guessing.
        byte[] bytes = PolishSamples.Windows1250.GetBytes("ś");

        DecodedText decoded = TextDecoder.Decode(bytes, "iso-8859-2");

        Assert.Equal("iso-8859-2", decoded.Encoding);
        Assert.NotEqual("ś", decoded.Text);
    }

    [Fact]
    public void Forced_utf16_reads_text_without_a_bom()
    {
        byte[] bytes = Encoding.Unicode.GetBytes(Sentence);

        Assert.Equal(Sentence, TextDecoder.Decode(bytes, "utf-16").Text);
    }

    [Fact]
    public void Forced_utf8_skips_a_bom()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sentence)];

        Assert.Equal(Sentence, TextDecoder.Decode(bytes, "utf-8").Text);
    }

    [Fact]
    public void Forced_utf8_with_invalid_bytes_is_refused()
    {
        byte[] bytes = PolishSamples.Windows1250.GetBytes(PolishSamples.AllLetters);

        var e = Assert.Throws<InputException>(() => TextDecoder.Decode(bytes, "utf-8"));
        Assert.Contains("utf-8", e.Message);
    }

    [Theory]
    [InlineData("klingon-8")]
    [InlineData("")]
    [InlineData("utf-9")]
    public void An_unknown_encoding_name_is_refused(string name)
    {
        var e = Assert.Throws<InputException>(() => TextDecoder.Decode(Encoding.UTF8.GetBytes(Sentence), name));
        Assert.Contains("unknown encoding", e.Message);
    }

    // Found by fuzzing the HTML path: .NET refuses UTF-7 with NotSupportedException, which escaped as an internal error.
    [Fact]
    public void A_declared_utf7_charset_is_ignored_and_the_content_decides()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("<meta charset=utf-7><p>" + Sentence + " +AGEAYgBj-</p>");

        DecodedText decoded = TextDecoder.Decode(bytes, null, "utf-7");

        Assert.Equal("utf-8", decoded.Encoding);
        Assert.Contains(Sentence + " +AGEAYgBj-", decoded.Text);
    }

    [Fact]
    public void A_forced_utf7_encoding_is_refused_clearly()
    {
        var e = Assert.Throws<InputException>(() => TextDecoder.Decode(Encoding.UTF8.GetBytes(Sentence), "utf-7"));
        Assert.Contains("not supported", e.Message);
    }
}
