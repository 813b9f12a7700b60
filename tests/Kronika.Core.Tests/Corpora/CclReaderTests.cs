using Kronika.Core.Corpora;

namespace Kronika.Core.Tests.Corpora;

public sealed class CclReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // Two sentences; the first has two consecutive tokens that each carry orth, several lex, ann and prop.
    private const string Ccl = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE chunkList SYSTEM "ccl.dtd">
        <chunkList>
         <chunk id="ch1" type="p">
          <sentence id="s1">
           <tok>
            <orth>Premier</orth>
            <lex><base>premiera</base><ctag>subst:pl:gen:f</ctag></lex>
            <lex disamb="1"><base>premier</base><ctag>subst:sg:nom:m1</ctag></lex>
            <ann chan="nam_liv_person">0</ann>
            <ann chan="nam_org_institution">0</ann>
            <prop key="sense:ukb:syns_id">1234</prop>
           </tok>
           <tok>
            <orth>Tusk</orth>
            <lex disamb="1"><base>Tusk</base><ctag>subst:sg:nom:m1</ctag></lex>
            <ann chan="nam_liv_person">1</ann>
            <ann chan="nam_org_institution">0</ann>
            <prop key="nam_liv_person:lemma">Donald Tusk</prop>
            <prop key="t3_date:val">2024-06-20</prop>
           </tok>
           <tok>
            <orth>przyjechał</orth>
            <lex disamb="1"><base>przyjechać</base><ctag>praet:sg:m1:perf</ctag></lex>
           </tok>
           <ns/>
           <tok>
            <orth>.</orth>
            <lex disamb="1"><base>.</base><ctag>interp</ctag></lex>
           </tok>
          </sentence>
         </chunk>
         <chunk id="ch2" type="p">
          <sentence id="s2">
           <tok><orth>Sejm</orth><lex><base>sejm</base><ctag>subst:sg:nom:m3</ctag></lex><lex disamb="1"><base>Sejm</base><ctag>subst:sg:nom:m3</ctag></lex><ann chan="nam_org_institution">1</ann><prop key="a">x</prop></tok><tok><orth>obradował</orth><lex disamb="1"><base>obradować</base><ctag>praet:sg:m3:imperf</ctag></lex><ann chan="nam_org_institution">0</ann><prop key="b">y</prop></tok><ns/><tok><orth>!</orth><lex><base>!</base><ctag>interp</ctag></lex></tok>
          </sentence>
         </chunk>
        </chunkList>
        """;

    private List<CclSentence> ReadAll() => CclReader.Read(_folder.Write("doc.xml", Ccl)).ToList();

    [Fact]
    public void Reads_every_sentence_and_every_token()
    {
        List<CclSentence> sentences = ReadAll();

        Assert.Equal(["s1", "s2"], sentences.Select(s => s.Id));
        Assert.Equal(["Premier", "Tusk", "przyjechał", "."], sentences[0].Tokens.Select(t => t.Orth));
        Assert.Equal(["Sejm", "obradował", "!"], sentences[1].Tokens.Select(t => t.Orth));
    }

    [Fact]
    public void The_disamb_reading_is_chosen()
    {
        CclToken premier = ReadAll()[0].Tokens[0];

        Assert.Equal(2, premier.Lexes.Count);
        Assert.Equal(new CclLex("premiera", "subst:pl:gen:f", false), premier.Lexes[0]);
        Assert.Equal(new CclLex("premier", "subst:sg:nom:m1", true), premier.Lexes[1]);
        Assert.Equal("premier", premier.Chosen!.Base);
    }

    [Fact]
    public void Without_a_disamb_reading_the_first_is_chosen()
    {
        CclToken bang = ReadAll()[1].Tokens[2];

        Assert.False(bang.Lexes[0].Disamb);
        Assert.Equal("interp", bang.Chosen!.Ctag);
    }

    [Fact]
    public void Consecutive_tokens_are_each_read_fully()
    {
        IReadOnlyList<CclToken> tokens = ReadAll()[0].Tokens;
        CclToken premier = tokens[0], tusk = tokens[1];

        Assert.Equal(new Dictionary<string, int> { ["nam_liv_person"] = 0, ["nam_org_institution"] = 0 }, premier.Channels);
        Assert.Equal(new Dictionary<string, string> { ["sense:ukb:syns_id"] = "1234" }, premier.Props);

        Assert.Single(tusk.Lexes);
        Assert.Equal("Tusk", tusk.Chosen!.Base);
        Assert.Equal(new Dictionary<string, int> { ["nam_liv_person"] = 1, ["nam_org_institution"] = 0 }, tusk.Channels);
        Assert.Equal(new Dictionary<string, string> { ["nam_liv_person:lemma"] = "Donald Tusk", ["t3_date:val"] = "2024-06-20" }, tusk.Props);
    }

    [Fact]
    public void Compact_xml_without_whitespace_between_elements_is_read_fully()
    {
        IReadOnlyList<CclToken> tokens = ReadAll()[1].Tokens;

        Assert.Equal(2, tokens[0].Lexes.Count);
        Assert.Equal("Sejm", tokens[0].Chosen!.Base);
        Assert.Equal(new Dictionary<string, int> { ["nam_org_institution"] = 1 }, tokens[0].Channels);
        Assert.Equal(new Dictionary<string, string> { ["a"] = "x" }, tokens[0].Props);
        Assert.Equal("obradować", tokens[1].Chosen!.Base);
        Assert.Equal(new Dictionary<string, int> { ["nam_org_institution"] = 0 }, tokens[1].Channels);
        Assert.Equal(new Dictionary<string, string> { ["b"] = "y" }, tokens[1].Props);
    }

    [Fact]
    public void Ns_marks_the_previous_token_as_not_followed_by_a_space()
    {
        List<CclSentence> sentences = ReadAll();

        Assert.Equal([false, false, true, false], sentences[0].Tokens.Select(t => t.NoSpaceAfter));
        Assert.Equal([false, true, false], sentences[1].Tokens.Select(t => t.NoSpaceAfter));
    }

    [Fact]
    public void An_empty_sentence_element_yields_nothing()
    {
        string path = _folder.Write("empty.xml", "<chunkList><chunk><sentence id=\"s0\"/></chunk></chunkList>");

        Assert.Empty(CclReader.Read(path));
    }
}
