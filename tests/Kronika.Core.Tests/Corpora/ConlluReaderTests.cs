using Kronika.Core.Corpora;

namespace Kronika.Core.Tests.Corpora;

public sealed class ConlluReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private const string TwoSentences =
        "# sent_id = zdanie-1\n" +
        "# text = Poszedłem do sklepu.\n" +
        "1-2\tPoszedłem\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "1\tPoszedł\tpójść\tVERB\tpraet:sg:m1:perf\tAspect=Perf|Gender=Masc|Number=Sing\t0\troot\t_\t_\n" +
        "2\tem\tbyć\tAUX\taglt:sg:pri:imperf:nwok\tNumber=Sing|Person=1\t1\taux\t_\t_\n" +
        "3\tdo\tdo\tADP\tprep:gen\tAdpType=Prep\t4\tcase\t_\t_\n" +
        "4\tsklepu\tsklep\tNOUN\tsubst:sg:gen:m3\tCase=Gen|Gender=Masc|Number=Sing\t1\tobl\t_\tSpaceAfter=No\n" +
        "5\t.\t.\tPUNCT\tinterp\t_\t1\tpunct\t_\t_\n" +
        "\n" +
        "# sent_id = zdanie-2\n" +
        "# text = Pada.\n" +
        "1\tPada\tpadać\tVERB\tfin:sg:ter:imperf\tMood=Ind\t0\troot\t_\tSpaceAfter=No|Translit=x\n" +
        "1.1\tcoś\tcoś\tPRON\t_\t_\t_\t_\t0:root\t_\n" +
        "2\t.\t.\tPUNCT\tinterp\t_\t1\tpunct\t_\t_\n";

    [Fact]
    public void Reads_sentences_with_their_ids_and_texts()
    {
        List<ConlluSentence> sentences = ConlluReader.Read(_folder.Write("a.conllu", TwoSentences)).ToList();

        Assert.Equal(2, sentences.Count);
        Assert.Equal("zdanie-1", sentences[0].Id);
        Assert.Equal("Poszedłem do sklepu.", sentences[0].Text);
        Assert.Equal("zdanie-2", sentences[1].Id);
        Assert.Equal("Pada.", sentences[1].Text);
    }

    [Fact]
    public void Multiword_token_lines_and_empty_nodes_are_skipped()
    {
        List<ConlluSentence> sentences = ConlluReader.Read(_folder.Write("a.conllu", TwoSentences)).ToList();

        Assert.Equal(["Poszedł", "em", "do", "sklepu", "."], sentences[0].Words.Select(w => w.Form));
        Assert.Equal(["Pada", "."], sentences[1].Words.Select(w => w.Form));
    }

    [Fact]
    public void Columns_are_read_into_their_fields()
    {
        ConlluWord word = ConlluReader.Read(_folder.Write("a.conllu", TwoSentences)).First().Words[3];

        Assert.Equal("sklepu", word.Form);
        Assert.Equal("sklep", word.Lemma);
        Assert.Equal("NOUN", word.Upos);
        Assert.Equal("subst:sg:gen:m3", word.Xpos);
        Assert.Equal(1, word.Head);
        Assert.Equal("obl", word.Deprel);
    }

    [Fact]
    public void Features_are_parsed_into_a_dictionary()
    {
        ConlluSentence sentence = ConlluReader.Read(_folder.Write("a.conllu", TwoSentences)).First();

        Assert.Equal(new Dictionary<string, string> { ["Case"] = "Gen", ["Gender"] = "Masc", ["Number"] = "Sing" }, sentence.Words[3].Features);
        Assert.Empty(sentence.Words[4].Features);
    }

    [Fact]
    public void SpaceAfter_No_is_read_from_misc()
    {
        List<ConlluSentence> sentences = ConlluReader.Read(_folder.Write("a.conllu", TwoSentences)).ToList();

        Assert.Equal([true, true, true, false, true], sentences[0].Words.Select(w => w.SpaceAfter));
        Assert.False(sentences[1].Words[0].SpaceAfter);
    }

    [Fact]
    public void A_last_sentence_without_a_trailing_blank_line_is_read()
    {
        List<ConlluSentence> sentences = ConlluReader.Read(_folder.Write("a.conllu", TwoSentences.TrimEnd('\n'))).ToList();

        Assert.Equal(2, sentences.Count);
        Assert.Equal(2, sentences[1].Words.Count);
    }

    [Fact]
    public void Several_blank_lines_do_not_make_empty_sentences()
    {
        string text = TwoSentences.Replace("\n\n", "\n\n\n\n") + "\n\n";

        Assert.Equal(2, ConlluReader.Read(_folder.Write("a.conllu", text)).Count());
    }

    [Fact]
    public void A_word_line_with_the_wrong_number_of_columns_is_a_format_error()
    {
        string path = _folder.Write("bad.conllu", "1\tKot\tkot\tNOUN\n");

        var e = Assert.Throws<FormatException>(() => ConlluReader.Read(path).ToList());
        Assert.Contains("10 columns", e.Message);
    }
}
