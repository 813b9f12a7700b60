using System.Collections.Immutable;
using System.Globalization;
using Kronika.Core;
using Kronika.Core.Text;
using Kronika.Polish.Actors;
using Kronika.Polish.Knowledge;
using Kronika.Polish.Names;
using Kronika.Polish.Quotes;
using Kronika.Polish.Tests.Actors;
using Kronika.Polish.Tests.Tagging;
using Kronika.Polish.Tests.Tokenization;

namespace Kronika.Polish.Tests.Quotes;

/// <summary>
/// One test per example of <c>Quotes/specs/quotes.md</c>: the quotations found, whether direct, and their
/// speakers. The names are given by hand and resolved with the real knowledge base and name base forms,
/// so that what is tested is the quotation finder, not the recogniser.
/// </summary>
public sealed class QuoteSpecTests
{
    private static readonly Lazy<PolishEntityResolver> Resolver = new(() =>
    {
        var lemmatizer = new NameLemmatizer(LoadedPolish.Language, PolishLanguage.LoadNameRules());
        return new PolishEntityResolver(Knowledge(), PlacePrepositions.Load(), PlaceStates.Load(), CoreferenceWords.Load(), lemmatizer.Lemmatize);
    });

    /// <summary>The states, bodies, roles and people the passages mention, so that the examples do not change with the shipped knowledge base.</summary>
    private static KnowledgeBase Knowledge() => new(
        KnowledgeBaseReader.ReadCountries("countries",
        [
            "RUS | Rosja | Federacja Rosyjska | rosyjski | Rosjanin | Moskwa | Kreml",
            "PRK | Korea Północna | KRLD | północnokoreański | - | Pjongjang | -",
            "USA | Stany Zjednoczone | USA | amerykański | Amerykanin | Waszyngton | Biały Dom",
            "POL | Polska | Rzeczpospolita Polska | polski | Polak | Warszawa | -",
            "DEU | Niemcy | Republika Federalna Niemiec | niemiecki | Niemiec | Berlin | -",
            "UKR | Ukraina | - | ukraiński | Ukrainiec | Kijów | -",
            "VNM | Wietnam | - | wietnamski | Wietnamczyk | Hanoi | -",
        ]),
        KnowledgeBaseReader.ReadOrganizations("organizations", ["USA-DOS | Departament Stanu | Departament Stanu USA | USA | USAGOV | ministry"]),
        KnowledgeBaseReader.ReadRoles("roles",
        [
            "prezydent | prezydent | GOV", "przywódca | przywódca | GOV", "sekretarz stanu | sekretarz stanu | GOV", "rzecznik | rzecznik | -",
            "minister spraw zagranicznych | minister spraw zagranicznych | GOV", "minister obrony | minister obrony | GOV", "premier | premier; szef rządu | GOV",
            "minister | minister | GOV", "dyplomata | dyplomata | GOV", "przewodniczący | przewodniczący; szef | -",
        ]),
        KnowledgeBaseReader.ReadPeople("people",
        [
            .. TestPeople.Leaders,
            "pieskow | Dmitrij Pieskow | Pieskow | RUS | m",
            "    rzecznik | RUS | RUSGOV | 2012-05-22 |",
            "umierow | Rustem Umierow | Umierow | UKR | m",
            "    minister obrony | UKR | UKRGOV | 2023-09-06 |",
            "duda | Andrzej Duda | Duda | POL | m",
            "    prezydent | POL | POLGOV | 2015-08-06 | 2025-08-06",
            "scholz | Olaf Scholz | Scholz | DEU | m",
            "macron | Emmanuel Macron | Macron | FRA | m",
            "stoltenberg | Jens Stoltenberg | Stoltenberg | NOR | m",
        ]));

    internal static readonly Lazy<PolishQuoteFinder> Finder = new(() => new PolishQuoteFinder(QuoteCues.Load()));

    public static TheoryData<QuoteSpecExample> Examples() => [.. QuoteSpec.Load("quotes.md")];

    [Fact]
    public void The_spec_has_enough_examples() => Assert.True(QuoteSpec.Load("quotes.md").Count >= 60);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Finds_quotations_and_their_speakers(QuoteSpecExample example)
    {
        Document document = Analyse(example.Input, example.Names, example.Date);
        string[] actual = [.. document.Quotes.Select(q => Describe(document, q))];
        Assert.True(example.Expected.SequenceEqual(actual), Explain(document, example.Expected, actual));
    }

    /// <summary>A failure message with every quotation found and every speaker mention the resolver gave.</summary>
    private static string Explain(Document document, IReadOnlyList<string> expected, string[] actual) =>
        $"expected:\n  {string.Join("\n  ", expected)}\nactual:\n  {string.Join("\n  ", actual)}\nmentions:\n  "
        + string.Join("\n  ", document.Mentions.Select(m => $"{document.TextOf(m.Span)} -> {document.Entities[m.Entity].Name} ({m.Kind}, {m.Lemma})"))
        + "\ntags:\n  " + string.Join(" ", document.Tokens.Select((t, i) => $"{document.TextOf(t)}/{document.Morphology[i].Tag}"));

    public static string Describe(Document document, Quote quote) =>
        $"{document.TextOf(quote.Span)} | {(quote.Direct ? "direct" : "indirect")} | {(quote.Speaker is { } s ? document.Entities[s].Name : "null")}";

    /// <summary>Analyses the text, marks the names given (each "text = TYPE", in text order), resolves the entities and finds the quotations.</summary>
    public static Document Analyse(string text, IReadOnlyList<(string Text, EntityType Type)> names, DateOnly? date)
    {
        var document = Document.Create(text, new DocumentInfo(Date: date));
        LoadedPolish.Language.CreateAnalysisPipeline().Process(document, CancellationToken.None);
        var mentions = ImmutableArray.CreateBuilder<NameMention>();
        int from = 0;
        foreach ((string name, EntityType type) in names)
        {
            int start = document.Text.IndexOf(name, from, StringComparison.Ordinal);
            Assert.True(start >= 0, $"the name '{name}' is not in the text after offset {from}");
            int end = start + name.Length;
            int first = document.Tokens.ToList().FindIndex(t => t.Start == start);
            int last = document.Tokens.ToList().FindIndex(t => t.End == end);
            Assert.True(first >= 0 && last >= first, $"the name '{name}' does not fall on token boundaries");
            mentions.Add(new NameMention(first, last + 1, start, end, type));
            from = end;
        }

        document.SetNames(mentions.ToImmutable());
        Resolver.Value.Process(document, CancellationToken.None);
        Finder.Value.Process(document, CancellationToken.None);
        return document;
    }
}

/// <summary>An example: the text, its names, the document date, and the expected quotations as "text | direct/indirect | speaker".</summary>
public sealed record QuoteSpecExample(string Id, DateOnly? Date, string Input, IReadOnlyList<(string Text, EntityType Type)> Names, IReadOnlyList<string> Expected)
{
    public override string ToString() => Id;
}

/// <summary>Reads <c>Quotes/specs/*.md</c>: a <c>###</c> heading starts an example; <c>date:</c>, <c>input:</c>, <c>names:</c> and <c>quote:</c> lines describe it.</summary>
public static class QuoteSpec
{
    public static IReadOnlyList<QuoteSpecExample> Load(string fileName) =>
        [.. SpecSections.Read("Quotes", fileName).Select(s => new QuoteSpecExample(
            s.Id,
            s.Date(otherwise: new DateOnly(2024, 6, 20)),
            SpecFile.Unescape(s.Required("input")),
            [.. s.All("names").SelectMany(Names)],
            s.All("quote")))];

    /// <summary>A <c>names:</c> line: <c>text=Type; text=Type</c>.</summary>
    private static IEnumerable<(string Text, EntityType Type)> Names(string line) =>
        line.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => (pair[..pair.LastIndexOf('=')].Trim(), Enum.Parse<EntityType>(pair[(pair.LastIndexOf('=') + 1)..].Trim(), ignoreCase: true)));
}
