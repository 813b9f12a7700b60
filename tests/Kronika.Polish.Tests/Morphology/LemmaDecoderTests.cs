using System.Text;
using Kronika.Polish.Morphology;

namespace Kronika.Polish.Tests.Morphology;

public class LemmaDecoderTests
{
    [Theory]
    [InlineData("Putinowi", "AD", "Putin")]          // drop 3 bytes from the end
    [InlineData("najlepszy", "DGdobry", "dobry")]    // drop "naj" (3) from the start, "lepszy" (6) from the end
    [InlineData("Kijowa", "ADów", "Kijów")]
    [InlineData("Łodzi", "AEódź", "Łódź")]           // counts are UTF-8 bytes: "Ł" (2 bytes) is kept
    [InlineData("był", "@Abyć", "być")]              // '@' = 'A' + 255: drop the whole form
    [InlineData("dom", "AA", "dom")]
    public void Decodes_prefix_encoded_lemmas(string form, string code, string expected)
    {
        byte[] formBytes = Encoding.UTF8.GetBytes(form);
        byte[] codeBytes = Encoding.UTF8.GetBytes(code);
        var buffer = new byte[LemmaDecoder.MaxLength(formBytes.Length, codeBytes.Length)];

        int length = LemmaDecoder.Decode(LemmaEncoding.Prefix, formBytes, codeBytes, buffer);

        Assert.Equal(expected, Encoding.UTF8.GetString(buffer, 0, length));
    }

    [Fact]
    public void Rejects_codes_that_remove_more_than_the_form()
    {
        var buffer = new byte[16];
        Assert.Equal(-1, LemmaDecoder.Decode(LemmaEncoding.Prefix, "ab"u8, "CC"u8, buffer));
    }
}
