using Kronika.Core;
using Kronika.Core.Output;
using Kronika.Core.Pipeline;
using Kronika.Fuzz;

namespace Kronika.Properties.Tests;

/// <summary>
/// The Polish pipeline cut after each stage, and the one check every stage's property makes: run the stage
/// (and those before it) twice on the same text, check every layer written with <see cref="ContractInvariants"/>
/// and the <c>kronika/1</c> JSON built from them with <see cref="JsonContract"/>, and require the two runs to agree.
/// </summary>
public static class Stages
{
    public const string Tokenizer = "PolishTokenizer";
    public const string Sentences = "PolishSentenceSplitter";
    public const string Tagger = "pl.tagger";
    public const string Names = "pl.names";
    public const string Resolver = "polish-entity-resolver";
    public const string Time = "polish-time-tagger";
    public const string Quotes = "polish-quote-finder";
    public const string EventsAndClaims = "polish-event-extractor";

    private static readonly Lazy<IReadOnlyList<IPipelineComponent>> Components =
        new(() => FuzzTargets.Polish.AddTo(new PipelineBuilder()).Components.ToArray());

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Pipeline> UpTo = new(StringComparer.Ordinal);

    /// <summary>Runs the pipeline up to and including <paramref name="stage"/> on <paramref name="text"/> twice and checks both runs.</summary>
    public static Document Check(string stage, string text)
    {
        Pipeline pipeline = UpTo.GetOrAdd(stage, Build);
        Document first = pipeline.Process(Document.Create(text, new DocumentInfo(Date: FuzzTargets.Date)));
        Document second = pipeline.Process(Document.Create(text, new DocumentInfo(Date: FuzzTargets.Date)));
        ContractInvariants.CheckDocument(first);
        string json = JsonContract.Serialize(ExtractionResultBuilder.From(first));
        JsonContract.Check(json, first.Text);
        ContractInvariants.Require(Fingerprint(first) == Fingerprint(second) && json == JsonContract.Serialize(ExtractionResultBuilder.From(second)),
            $"{stage}: the same text gave different layers on a second run");
        return first;
    }

    /// <summary>The names of the stages in pipeline order, as the pipeline reports them.</summary>
    public static IEnumerable<string> InOrder() => Components.Value.Select(c => c.Name);

    private static Pipeline Build(string stage)
    {
        int count = Components.Value.Select(c => c.Name).ToList().IndexOf(stage) + 1;
        ContractInvariants.Require(count > 0, $"no stage named {stage} in the Polish pipeline");
        var builder = new PipelineBuilder();
        foreach (IPipelineComponent component in Components.Value.Take(count))
        {
            builder.Add(component);
        }

        return builder.Build();
    }

    /// <summary>The layers the JSON does not show (tokens, sentences, paragraphs, analyses, names), as text.</summary>
    private static string Fingerprint(Document document) => string.Join('\n',
        Layered(document, Layer.Tokens, d => d.Tokens),
        Layered(document, Layer.Sentences, d => d.Sentences),
        Layered(document, Layer.Paragraphs, d => d.Paragraphs),
        Layered(document, Layer.Morphology, d => d.Morphology),
        Layered(document, Layer.Names, d => d.Names));

    private static string Layered<T>(Document document, Layer layer, Func<Document, IEnumerable<T>> items) =>
        document.Has(layer) ? string.Join(';', items(document)) : "-";
}
