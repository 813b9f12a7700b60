using Kronika.Polish.Tagging;

namespace Kronika.Polish.Tests.Tagging;

public class UniversalPosMapperTests
{
    [Theory]
    [InlineData("subst:sg:nom:m3", "dom", "NOUN")]
    [InlineData("subst:sg:nom:f", "Moskwa", "PROPN")]
    [InlineData("adj:sg:nom:m3:pos", "ten", "DET")]
    [InlineData("adj:sg:nom:m3:pos", "nowy", "ADJ")]
    [InlineData("fin:sg:ter:imperf", "być", "AUX")]
    [InlineData("fin:sg:ter:imperf", "mieć", "VERB")]
    [InlineData("qub", "się", "PRON")]
    [InlineData("part", "nie", "PART")]
    [InlineData("ppas:sg:nom:m3:perf:aff", "podpisać", "ADJ")]
    [InlineData("interp", ",", "PUNCT")]
    [InlineData("ger:sg:nom:n:perf:aff", "podpisać", "NOUN")]
    public void Maps_tag_and_lemma_to_upos(string tag, string lemma, string upos) =>
        Assert.Equal(upos, UniversalPosMapper.Default.Map(tag, lemma));

    [Theory]
    [InlineData("inst", "Ins")]
    [InlineData("loc", "Loc")]
    [InlineData(null, null)]
    public void Maps_cases(string? nkjp, string? ud) => Assert.Equal(ud, UniversalPosMapper.UdCase(nkjp));

    [Theory]
    [InlineData("part", "qub")]
    [InlineData("qub:", "qub")]
    [InlineData("num:pl:nom:m2:rec:ncol", "num:pl:nom:m2:rec")]
    [InlineData("subst:sg:nom:m3", "subst:sg:nom:m3")]
    public void Reconciles_tagset_versions(string tag, string comparable) =>
        Assert.Equal(comparable, TagsetVersions.Comparable(tag));
}
