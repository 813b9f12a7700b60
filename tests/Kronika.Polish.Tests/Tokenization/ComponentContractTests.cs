using Kronika.Core;
using Kronika.Core.Pipeline;
using Kronika.Polish.Tokenization;

namespace Kronika.Polish.Tests.Tokenization;

/// <summary>The components declare their layers correctly and find their data files.</summary>
public sealed class ComponentContractTests
{
    [Fact]
    public void TokenizerWritesTokensAndSplitterReadsThem()
    {
        var tokenizer = new PolishTokenizer();
        var splitter = new PolishSentenceSplitter();
        Assert.Empty(tokenizer.Reads);
        Assert.Equal([Layer.Tokens], tokenizer.Writes);
        Assert.Equal([Layer.Tokens], splitter.Reads);
        Assert.Equal([Layer.Sentences, Layer.Paragraphs], splitter.Writes);
        Assert.Throws<InvalidOperationException>(() => new PipelineBuilder().Add(splitter).Add(tokenizer).Build());
    }

    [Fact]
    public void DefaultAbbreviationListIsLoadedFromTheDataFolder()
    {
        Assert.True(File.Exists(PolishDataFiles.Resolve(PolishDataFiles.Abbreviations)));
        AbbreviationList list = AbbreviationList.Default;
        Assert.True(list.Count > 100);
        Assert.True(list.TryGet("r.", out bool yearMayEnd) && yearMayEnd);
        Assert.True(list.TryGet("np.", out bool exampleMayEnd) && !exampleMayEnd);
        Assert.True(list.Contains("Prof."));
        Assert.False(list.Contains("mln"));
    }

    [Fact]
    public void DefaultDomainListIsLoadedFromTheDataFolder()
    {
        TopLevelDomains domains = TopLevelDomains.Default;
        Assert.True(domains.Contains("pl"));
        Assert.True(domains.Contains("COM"));
        Assert.False(domains.Contains("potem"));
    }

    [Fact]
    public void AbbreviationFileErrorsNameTheLine()
    {
        var error = Assert.Throws<FormatException>(() => AbbreviationList.Parse(["# comment", "np. sometimes"], "test.txt"));
        Assert.Contains("test.txt:2", error.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => AbbreviationList.Parse(["np. no-end", "np. may-end"]));
    }
}
