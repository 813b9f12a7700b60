using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Text;
using Kronika.Polish.Actors;
using Kronika.Polish.Knowledge;
using Kronika.Polish.Tests.Actors;
using Kronika.Polish.Tests.Tagging;

namespace Kronika.Polish.Tests.Events;

/// <summary>
/// Builds an analysed document for the event tests the way the resolver's tests do: the real analysis,
/// names given by hand, the resolver with the real countries, organisations and roles and a few people of
/// the test's own, the time tagger, then the event extractor. What is tested is events alone.
/// </summary>
public static class EventSpecDocument
{
    private static readonly Lazy<KnowledgeBase> Knowledge = new(() => new KnowledgeBase(
        KnowledgeBaseReader.ReadCountries("countries", File.ReadLines(PolishDataFiles.Resolve(KnowledgeBase.CountriesFile))),
        KnowledgeBaseReader.ReadOrganizations("organizations", File.ReadLines(PolishDataFiles.Resolve(KnowledgeBase.OrganizationsFile))),
        KnowledgeBaseReader.ReadRoles("roles", File.ReadLines(PolishDataFiles.Resolve(KnowledgeBase.RolesFile))),
        KnowledgeBaseReader.ReadPeople("people",
        [
            .. TestPeople.Leaders,
            "xi | Xi Jinping | Xi | CHN | m",
            "    przewodniczący | CHN | CHNGOV | 2013-03-14 |",
        ])));

    /// <summary>Runs everything on <paramref name="text"/>; each name is "text", "text=Lemma" or "text@PER" (a person).</summary>
    public static Document Build(string text, DateOnly? date, IReadOnlyList<string> names)
    {
        var document = Document.Create(text, new DocumentInfo(Date: date));
        PolishLanguage polish = LoadedPolish.Language;
        polish.CreateAnalysisPipeline().Process(document, CancellationToken.None);
        var lemmas = new Dictionary<(int, int), string>();
        document.SetNames(Names(document, names, lemmas));
        new PolishEntityResolver(Knowledge.Value, PlacePrepositions.Load(), PlaceStates.Load(), CoreferenceWords.Load(), (d, first, end, _) => Lemma(d, first, end, lemmas))
            .Process(document, CancellationToken.None);
        polish.TimeTagger!.Process(document, CancellationToken.None);
        polish.QuoteFinder!.Process(document, CancellationToken.None);
        polish.EventExtractor!.Process(document, CancellationToken.None);
        return document;
    }

    private static ImmutableArray<NameMention> Names(Document document, IReadOnlyList<string> names, Dictionary<(int, int), string> lemmas)
    {
        var found = new List<NameMention>();
        int from = 0;
        foreach (string spec in names)
        {
            string name = spec;
            EntityType type = EntityType.Location;
            if (name.EndsWith("@PER", StringComparison.Ordinal))
            {
                (name, type) = (name[..^4], EntityType.Person);
            }
            else if (name.EndsWith("@ORG", StringComparison.Ordinal))
            {
                (name, type) = (name[..^4], EntityType.Organization);
            }

            string? lemma = null;
            int equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0)
            {
                (name, lemma) = (name[..equals], name[(equals + 1)..]);
            }

            int start = document.Text.IndexOf(name, from, StringComparison.Ordinal);
            if (start < 0)
            {
                throw new FormatException($"name '{name}' not found after offset {from}");
            }

            int end = start + name.Length;
            int first = FindToken(document, t => t.Start == start, name);
            int last = FindToken(document, t => t.End == end, name);
            found.Add(new NameMention(first, last + 1, start, end, type));
            if (lemma is not null)
            {
                lemmas[(first, last + 1)] = lemma;
            }

            from = end;
        }

        return [.. found];
    }

    private static int FindToken(Document document, Func<Token, bool> at, string name)
    {
        for (int i = 0; i < document.Tokens.Length; i++)
        {
            if (at(document.Tokens[i]))
            {
                return i;
            }
        }

        throw new FormatException($"name '{name}' does not start and end on token boundaries");
    }

    /// <summary>The given base form, else the dictionary lemmas of the words, capitalised as written.</summary>
    private static string Lemma(Document document, int first, int end, Dictionary<(int, int), string> lemmas)
    {
        if (lemmas.TryGetValue((first, end), out string? lemma))
        {
            return lemma;
        }

        var words = new List<string>();
        for (int i = first; i < end; i++)
        {
            string form = document.TextOf(document.Tokens[i]);
            string l = document.Morphology[i].Lemma;
            words.Add(l.Length > 0 && char.IsUpper(form[0]) && !l.Any(char.IsUpper) ? char.ToUpperInvariant(l[0]) + l[1..] : l);
        }

        return string.Join(' ', words);
    }
}
