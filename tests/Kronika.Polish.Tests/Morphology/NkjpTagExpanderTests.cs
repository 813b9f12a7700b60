using Kronika.Polish.Morphology;

namespace Kronika.Polish.Tests.Morphology;

public class NkjpTagExpanderTests
{
    [Fact]
    public void Expands_dotted_values_as_a_cartesian_product()
    {
        Assert.Equal(
            ["adj:sg:nom:m1:pos", "adj:sg:nom:m2:pos", "adj:sg:nom:m3:pos", "adj:sg:voc:m1:pos", "adj:sg:voc:m2:pos", "adj:sg:voc:m3:pos"],
            NkjpTagExpander.Expand("adj:sg:nom.voc:m1.m2.m3:pos"));
    }

    [Fact]
    public void Splits_plus_separated_alternatives_and_deduplicates()
    {
        Assert.Equal(
            ["subst:pl:acc:f", "subst:pl:nom:f", "subst:sg:gen:f"],
            NkjpTagExpander.Expand("subst:pl:acc:f+subst:pl:nom:f+subst:sg:gen:f+subst:pl:nom:f"));
    }

    [Theory]
    [InlineData("subst:sg:nom:n2", "subst:sg:nom:n")]
    [InlineData("subst:pl:nom:p2", "subst:pl:nom:n")]      // drzwi
    [InlineData("subst:pl:nom:p3", "subst:pl:nom:n")]      // okulary
    [InlineData("subst:pl:nom:p1", "subst:pl:nom:m1")]     // państwo
    [InlineData("ger:sg:gen:n2:perf:aff:refl.nonrefl", "ger:sg:gen:n:perf:aff")]
    [InlineData("verb:fin:pl:ter:imperf:refl.nonrefl", "fin:pl:ter:imperf")]
    [InlineData("verb:praet:sg:f:ter:perf:nonrefl", "praet:sg:f:perf")]
    [InlineData("verb:pot:sg:f:ter:perf:nonrefl", "praet:sg:f:perf")]
    [InlineData("verb:winien:sg:f:ter:imperf:nonrefl", "winien:sg:f:imperf")]
    [InlineData("verb:inf:perf:nonrefl", "inf:perf")]
    [InlineData("verb:impt:sg:sec:perf", "impt:sg:sec:perf")]
    [InlineData("verb:bedzie:sg:ter:imperf:nonrefl", "bedzie:sg:ter:imperf")]
    [InlineData("siebie:acc:nakc", "siebie:acc")]
    [InlineData("prep:gen:wok", "prep:gen:wok")]
    [InlineData("ppron3:sg:gen:m1:ter:akc:npraep", "ppron3:sg:gen:m1:ter:akc:npraep")]
    [InlineData("num:pl:nom:n1:rec", "numcol:pl:nom:n:rec")]   // dwoje
    [InlineData("num:pl:nom:p1:rec", "numcol:pl:nom:m1:rec")]
    [InlineData("num:pl:nom:m3:congr", "num:pl:nom:m3:congr")]
    [InlineData("pant:perf:refl", "pant:perf")]
    [InlineData("qub", "qub")]
    [InlineData("brev:pun", "brev:pun")]
    public void Normalises_polimorf_values_to_nkjp(string raw, string expected)
    {
        Assert.Equal([expected], NkjpTagExpander.Expand(raw));
    }

    [Fact]
    public void Praet_plural_with_pluralia_tantum_collapses_to_nkjp_genders()
    {
        Assert.Equal(["praet:pl:m1:perf"], NkjpTagExpander.Expand("verb:praet:pl:m1.p1:ter:perf:refl.nonrefl"));
    }

    [Fact]
    public void Numerals_with_ordinary_and_collective_genders_stay_num()
    {
        Assert.Equal(
            ["num:pl:nom:m1:rec", "num:pl:nom:n:rec", "num:pl:nom:f:rec"],
            NkjpTagExpander.Expand("num:pl:nom:m1.n1.n2.p1.p2.f:rec"));
    }

    [Theory]
    [InlineData("subst:sg:loc:n2", "subst:sg:loc:n:ncol")]
    [InlineData("subst:sg:nom:n1", "subst:sg:nom:n:col")]        // dziecko
    [InlineData("subst:pl:acc:p3", "subst:pl:acc:n:pt")]         // okulary
    [InlineData("subst:pl:nom:p1", "subst:pl:nom:m1:pt")]        // państwo
    [InlineData("subst:sg:nom:m3", "subst:sg:nom:m3")]
    [InlineData("qub", "part")]
    [InlineData("num:pl:nom:m1:congr", "num:pl:nom:m1:congr:ncol")]
    [InlineData("num:pl:nom:n1:rec", "num:pl:nom:n:rec:col")]    // dwoje
    [InlineData("adj:sg:nom:n2:pos", "adj:sg:nom:n:pos")]        // only nouns carry collectivity
    public void Morfeusz2_style_matches_ud_xpos(string raw, string expected)
    {
        Assert.Equal([expected], NkjpTagExpander.Expand(raw, NkjpTagStyle.Morfeusz2));
    }
}
