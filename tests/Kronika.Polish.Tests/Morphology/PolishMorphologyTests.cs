using Kronika.Core.Text;
using Kronika.Polish.Morphology;

namespace Kronika.Polish.Tests.Morphology;

/// <summary>NKJP-tagged analyses from the real dictionary.</summary>
public class PolishMorphologyTests
{
    private static PolishMorphology Morph => RealDictionary.Morphology;

    [Theory]
    [InlineData("Putinowi", "Putin", "subst:sg:dat:m1")]
    [InlineData("Moskwy", "Moskwa", "subst:sg:gen:f")]
    [InlineData("Kijowa", "Kijów", "subst:sg:gen:m3")]
    [InlineData("podpisali", "podpisać", "praet:pl:m1:perf")]
    [InlineData("zaprzeczają", "zaprzeczać", "fin:pl:ter:imperf")]
    [InlineData("drzwi", "drzwi", "subst:pl:nom:n")]
    [InlineData("dwoje", "dwa", "numcol:pl:nom:n:rec")]
    [InlineData("mógł", "móc", "praet:sg:m1:imperf:nagl")]
    [InlineData("mogł", "móc", "praet:sg:m1:imperf:agl")]
    [InlineData("em", "być", "aglt:sg:pri:imperf:wok")]
    [InlineData("bardzo", "bardzo", "adv:pos")]
    public void Finds_the_expected_nkjp_reading(string word, string lemma, string tag)
    {
        Assert.Contains(new MorphAnalysis(lemma, tag), Morph.Analyze(word));
    }

    [Fact]
    public void Expanded_analyses_are_atomic_and_distinct()
    {
        var analyses = Morph.Analyze("najlepszy");
        Assert.Contains(new MorphAnalysis("dobry", "adj:sg:nom:m1:sup"), analyses);
        Assert.Equal(analyses.Count, analyses.Distinct().Count());
        Assert.All(analyses, a => Assert.DoesNotContain('+', a.Tag));
        Assert.All(analyses, a => Assert.DoesNotContain('.', a.Tag));
    }

    [Fact]
    public void Capitalised_word_is_retried_in_lower_case()
    {
        Assert.Contains(new MorphAnalysis("przywódca", "subst:pl:nom:m1"), Morph.Analyze("Przywódcy"));
    }

    [Fact]
    public void Proper_names_are_not_lower_cased_away()
    {
        var analyses = Morph.Analyze("Rosja");
        Assert.Contains(analyses, a => a.Lemma == "Rosja");
        Assert.Empty(Morph.Analyze("rosja"));
    }

    [Fact]
    public void All_caps_word_is_retried_in_title_and_lower_case()
    {
        Assert.Contains(Morph.Analyze("MOSKWY"), a => a.Lemma == "Moskwa");
        Assert.Contains(Morph.Analyze("PRZYWÓDCY"), a => a.Lemma == "przywódca");
    }

    [Theory]
    [InlineData("Pjongjangu")]
    [InlineData("")]
    [InlineData("xqzvbnm")]
    public void Unknown_words_yield_nothing(string word)
    {
        Assert.Empty(Morph.Analyze(word));
    }

    [Fact]
    public void Is_safe_to_use_from_many_threads()
    {
        string[] words = ["Putinowi", "Moskwy", "Kijowa", "podpisali", "zaprzeczają", "Przywódcy", "najlepszy", "mógł"];
        var expected = words.Select(w => Morph.Analyze(w).ToList()).ToArray();

        Parallel.For(0, 4000, i =>
        {
            int k = i % words.Length;
            Assert.Equal(expected[k], Morph.Analyze(words[k]));
        });
    }
}
