using Kronika.Core;
using Kronika.Polish.Names;
using Kronika.Polish.Tests.Tagging;

namespace Kronika.Polish.Tests.Names;

/// <summary>One test per example of <c>Names/specs/name-lemmas.md</c>, through both entry points of the lemmatiser.</summary>
public sealed class NameLemmaSpecTests
{
    private static readonly Lazy<NameLemmatizer> Lemmatizer = new(() => new NameLemmatizer(LoadedPolish.Language, PolishLanguage.LoadNameRules()));

    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (string line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Names", "specs", "name-lemmas.md")))
        {
            if (line.StartsWith("- ", StringComparison.Ordinal) && line.Split(" → ") is [string written, string lemma])
            {
                data.Add(written[2..], lemma);
            }
        }

        return data;
    }

    [Fact]
    public void The_spec_has_the_issue_examples() => Assert.True(Examples().Count >= 10);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Phrase_gets_its_base_form(string written, string lemma) =>
        Assert.Equal(lemma, Lemmatizer.Value.LemmatizePhrase(written));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Mention_inside_a_sentence_gets_its_base_form(string written, string lemma)
    {
        // The mention is the tokens between a leading and a trailing word of the sentence.
        Document document = LoadedPolish.Language.CreateAnalysisPipeline().Process(Document.Create($"Mówiono o {written} wczoraj."));
        int first = document.Tokens.IndexOf(document.Tokens.First(t => t.Start == "Mówiono o ".Length));
        int end = document.Tokens.IndexOf(document.Tokens.First(t => t.Start == "Mówiono o ".Length + written.Length + 1));
        Assert.Equal(lemma, new NameLemmatizer(LoadedPolish.Language, PolishLanguage.LoadNameRules()).Lemmatize(document, first, end));
    }

    [Fact]
    public void Empty_phrase_stays_empty() => Assert.Equal("", Lemmatizer.Value.LemmatizePhrase("  "));
}
