using Kronika.Core;
using Kronika.Core.Text;
using Kronika.Polish.Corpora;
using Kronika.Polish.Names;
using Kronika.Polish.Tests.Tagging;

namespace Kronika.Polish.Tests.Names;

public class NameCorpusReaderTests
{
    [Fact]
    public void Nkjp_labels_keep_the_outermost_name_and_drop_dates()
    {
        Assert.Equal((EntityType.Person, true), NameTrainingData.NkjpLabel("B-persName#B-persName-forename"));
        Assert.Equal((EntityType.Organization, false), NameTrainingData.NkjpLabel("I-orgName#B-placeName-settlement"));
        Assert.Equal((EntityType.Location, true), NameTrainingData.NkjpLabel("B-placeName-country"));
        Assert.Equal((EntityType.Location, false), NameTrainingData.NkjpLabel("I-geogName"));
        Assert.Null(NameTrainingData.NkjpLabel("B-date"));
        Assert.Null(NameTrainingData.NkjpLabel("O"));
    }

    [Fact]
    public void Nkjp_sentences_become_token_ranges()
    {
        var sentence = new NkjpSentence(
        [
            new NkjpToken("Jan", "Jan", "subst:sg:nom:m1", "B-persName#B-persName-forename"),
            new NkjpToken("Kowalski", "Kowalski", "subst:sg:nom:m1", "I-persName#B-persName-surname"),
            new NkjpToken("z", "z", "prep:gen", "O"),
            new NkjpToken("Banku", "bank", "subst:sg:gen:m3", "B-orgName"),
            new NkjpToken("Śląskiego", "śląski", "adj:sg:gen:m3:pos", "I-orgName#B-geogName"),
            new NkjpToken("Polska", "Polska", "subst:sg:nom:f", "B-placeName-country"),
        ]);

        Assert.Equal([(0, 2, EntityType.Person), (3, 5, EntityType.Organization), (5, 6, EntityType.Location)], NameTrainingData.NkjpNames(sentence));
    }

    [Fact]
    public void Slavicner_offsets_in_code_points_become_utf16_and_misplaced_mentions_are_found_nearby()
    {
        // The emoji is one code point but two UTF-16 units, so "Putin" starts at code point 2, UTF-16 offset 3.
        string text = "😀 Putin i Kim w Pjongjangu.";
        SlavicNerDocument document = SlavicNerReader.Parse("t", "doc", 0, text,
        [
            "2\t7\tPutin\tPutin\tPER\tPER-Putin",
            "8\t11\tKim\tKim\tPER\tPER-Kim",  // wrong offsets: "Kim" is at code point 10
            "40\t45\tSeulu\tSeul\tLOC\tGPE-Seoul",  // not in the text at all
        ]);

        Assert.Equal(["Putin", "Kim"], document.Mentions.Select(m => text[m.Start..m.End]));
        Assert.Equal(1, document.Unaligned);
        Assert.False(SlavicNerReader.IsHeldOut(document));
        Assert.True(SlavicNerReader.IsHeldOut(document with { Index = 4 }));
    }

    [Fact]
    public void Slavicner_mentions_are_aligned_to_kronika_tokens()
    {
        string text = "Nigel Farage mówił o Brexicie. Londyn milczy.";
        SlavicNerDocument gold = SlavicNerReader.Parse("brexit", "doc", 0, text,
        [
            "0\t12\tNigel Farage\tNigel Farage\tPER\tPER-Nigel-Farage",
            "21\t29\tBrexicie\tBrexit\tEVT\tEVT-Brexit",
            "31\t37\tLondyn\tLondyn\tLOC\tGPE-London",
        ]);
        Document document = Document.Create(gold.Text);
        LoadedPolish.Language.CreateAnalysisPipeline().Process(document, CancellationToken.None);

        List<NameTrainingSentence> sentences = NameTrainingData.FromSlavicNer(document, gold, out int dropped);

        Assert.Equal(0, dropped);
        Assert.Equal(2, sentences.Count);
        Assert.Equal([(0, 2, EntityType.Person), (4, 5, EntityType.Event)], NameLabels.Decode(sentences[0].Gold));
        Assert.Equal([(0, 1, EntityType.Location)], NameLabels.Decode(sentences[1].Gold));
    }
}
