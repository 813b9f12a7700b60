using Kronika.Core;
using Kronika.Core.Text;
using Kronika.Polish.Names;
using Kronika.Polish.Tests.Tagging;

namespace Kronika.Polish.Tests.Names;

/// <summary>One test per example of <c>Names/specs/name-lemmas.md</c>, through both entry points of the lemmatiser.</summary>
public sealed class NameLemmaSpecTests
{
    private static readonly Lazy<NameLemmatizer> Lemmatizer = new(() => new NameLemmatizer(LoadedPolish.Language, PolishLanguage.LoadNameRules()));

    // Examples under the heading "## Adjective names" are lemmatised as adjective mentions.
    public static TheoryData<string, string, bool> Examples()
    {
        var data = new TheoryData<string, string, bool>();
        bool adjectives = false;
        foreach (string line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Names", "specs", "name-lemmas.md")))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                adjectives = line == "## Adjective names";
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal) && line.Split(" → ") is [string written, string lemma])
            {
                data.Add(written[2..], lemma, adjectives);
            }
        }

        return data;
    }

    private static NameCategory CategoryOf(bool adjective) => adjective ? new NameCategory(null, MentionKind.Adjective) : default;

    [Fact]
    public void The_spec_has_the_issue_examples() => Assert.True(Examples().Count >= 10);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Phrase_gets_its_base_form(string written, string lemma, bool adjective) =>
        Assert.Equal(lemma, Lemmatizer.Value.LemmatizePhrase(written, CategoryOf(adjective)));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Mention_inside_a_sentence_gets_its_base_form(string written, string lemma, bool adjective)
    {
        // The mention is the tokens between a leading and a trailing word of the sentence.
        Document document = LoadedPolish.Language.CreateAnalysisPipeline().Process(Document.Create($"Mówiono o {written} wczoraj."));
        int first = document.Tokens.IndexOf(document.Tokens.First(t => t.Start == "Mówiono o ".Length));
        int end = document.Tokens.IndexOf(document.Tokens.First(t => t.Start == "Mówiono o ".Length + written.Length + 1));
        Assert.Equal(lemma, new NameLemmatizer(LoadedPolish.Language, PolishLanguage.LoadNameRules()).Lemmatize(document, first, end, CategoryOf(adjective)));
    }

    [Fact]
    public void The_type_free_signature_reads_the_words_alone() =>
        Assert.Equal("Europa Wschodnia", Lemmatizer.Value.LemmatizePhrase("Europy Wschodniej"));

    [Fact]
    public void A_place_is_not_read_as_a_man() =>
        Assert.Equal("Polska", Lemmatizer.Value.LemmatizePhrase("Polski", new NameCategory(EntityType.Country)));

    [Fact]
    public void A_lone_foreign_word_that_looks_like_a_bare_genitive_plural_stays() =>
        Assert.Equal("Big Cyc", Lemmatizer.Value.LemmatizePhrase("Big Cyc"));

    [Fact]
    public void Empty_phrase_stays_empty() => Assert.Equal("", Lemmatizer.Value.LemmatizePhrase("  "));
}
