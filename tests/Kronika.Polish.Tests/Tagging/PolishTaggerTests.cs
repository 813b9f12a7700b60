using Kronika.Core;
using Kronika.Core.Text;

namespace Kronika.Polish.Tests.Tagging;

public class PolishTaggerTests
{
    private static Document Analyse(string text) =>
        LoadedPolish.Language.CreateAnalysisPipeline().Process(Document.Create(text));

    private static MorphAnalysis AnalysisOf(Document document, string form)
    {
        for (int i = 0; i < document.Tokens.Length; i++)
        {
            if (document.TextOf(document.Tokens[i]) == form)
            {
                return document.Morphology[i];
            }
        }

        throw new Xunit.Sdk.XunitException($"'{form}' is not a token of the text");
    }

    [Theory]
    [InlineData("Premier wręczył Putinowi list od prezydenta.", "Putinowi", "Putin", "subst:sg:dat:m1")]
    [InlineData("Delegacja przyjechała do Pjongjangu w nocy.", "Pjongjangu", "Pjongjang", "subst:sg:gen:m3")]
    [InlineData("Ambasador wyjechał z Moskwy w piątek.", "Moskwy", "Moskwa", "subst:sg:gen:f")]
    [InlineData("Sojusznicy Kijowa obiecali nowe dostawy.", "Kijowa", "Kijów", "subst:sg:gen:m3")]
    [InlineData("Obaj ministrowie podpisali wczoraj umowę.", "podpisali", "podpisać", "praet:pl:m1:perf")]
    [InlineData("Oba rządy konsekwentnie zaprzeczają tym doniesieniom.", "zaprzeczają", "zaprzeczać", "fin:pl:ter:imperf")]
    [InlineData("Rozmowy odbyły się w Pjongjangu.", "Pjongjangu", "Pjongjang", "subst:sg:loc:m3")]
    public void Lemmatises_and_tags_words_in_context(string text, string form, string lemma, string tag)
    {
        MorphAnalysis analysis = AnalysisOf(Analyse(text), form);
        Assert.Equal(lemma, analysis.Lemma);
        Assert.Equal(tag, analysis.Tag);
    }

    [Fact]
    public void Case_follows_the_preposition()
    {
        Document document = Analyse("Minister rozmawiał z prezydentem o sytuacji na granicy.");
        Assert.StartsWith("subst:sg:inst", AnalysisOf(document, "prezydentem").Tag);
        Assert.StartsWith("subst:sg:loc", AnalysisOf(document, "sytuacji").Tag);
        Assert.StartsWith("subst:sg:loc", AnalysisOf(document, "granicy").Tag);
    }

    [Fact]
    public void Every_token_gets_exactly_one_analysis()
    {
        Document document = Analyse("„To już się dzieje” – powiedział. Ceny wzrosły o 3,5 proc. w 2024 r.\n\nNowy akapit: www.example.pl i #Ukraina.");
        Assert.Equal(document.Tokens.Length, document.Morphology.Length);
        Assert.All(document.Morphology, a => Assert.False(string.IsNullOrEmpty(a.Tag)));
        Assert.Equal("interp", AnalysisOf(document, "„").Tag);
        Assert.Equal("dig", AnalysisOf(document, "2024").Tag);
    }

    [Fact]
    public void Unknown_foreign_surnames_are_guessed_from_similar_names()
    {
        Document document = Analyse("Minister rozmawiał wczoraj z Andriejem Biełousowem.");
        MorphAnalysis analysis = AnalysisOf(document, "Biełousowem");
        Assert.Equal("Biełousow", analysis.Lemma);
        Assert.StartsWith("subst:sg:inst", analysis.Tag);
    }

    [Fact]
    public void Tagging_is_deterministic()
    {
        const string text = "Przywódcy obu państw spotkali się w stolicy i podpisali porozumienie o współpracy.";
        Assert.Equal(Analyse(text).Morphology.ToArray(), Analyse(text).Morphology.ToArray());
    }

    /// <summary>The article the project started from, read by path where the shared folder is present.</summary>
    [Fact]
    public void Seed_article_words_from_the_foundation_issue()
    {
        string? seed = SharedFiles.Find("seed/000_038ae2f5eb9c90db.txt");
        if (seed is null)
        {
            return; // Not every checkout has ../shared next to it; CI does.
        }

        Document document = Analyse(File.ReadAllText(seed));
        (string Form, string Lemma, string TagStart)[] expected =
        [
            ("Putinowi", "Putin", "subst:sg:dat"),
            ("Moskwy", "Moskwa", "subst:sg:gen"),
            ("Kijowa", "Kijów", "subst:sg:gen"),
            ("podpisali", "podpisać", "praet:pl"),
            ("zaprzeczają", "zaprzeczać", "fin:pl"),
        ];
        foreach ((string form, string lemma, string tagStart) in expected)
        {
            MorphAnalysis analysis = AnalysisOf(document, form);
            Assert.Equal(lemma, analysis.Lemma);
            Assert.StartsWith(tagStart, analysis.Tag);
        }

        for (int i = 0; i < document.Tokens.Length; i++)
        {
            if (document.TextOf(document.Tokens[i]) == "Pjongjangu")
            {
                Assert.Equal("Pjongjang", document.Morphology[i].Lemma);
                Assert.Matches("^subst:sg:(gen|loc):m3$", document.Morphology[i].Tag);
            }
        }
    }
}
