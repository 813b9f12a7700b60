using Kronika.Core;
using Kronika.Core.Input;
using Kronika.Core.Output;
using Kronika.Core.Pipeline;
using Kronika.Ingest;
using Kronika.Ingest.Formats;
using Kronika.Polish;
using Kronika.Polish.Tokenization;

namespace Kronika.Fuzz;

/// <summary>
/// The fuzz targets: each takes the raw bytes of one input, reads them the way Kronika reads a file, runs its
/// part of Kronika and checks the result with <see cref="ContractInvariants"/> and <see cref="JsonContract"/>.
/// A clear refusal of the input (<see cref="InputException"/>: not text, NUL bytes) is a correct answer; any
/// other exception, or a broken invariant, is a finding.
/// </summary>
public static class FuzzTargets
{
    /// <summary>The publication date every target gives the document, so that relative dates resolve.</summary>
    public static readonly DateOnly Date = new(2024, 6, 20);

    private static readonly Lazy<PolishLanguage> Language = new(() => PolishLanguage.Load());

    /// <summary>The Polish language unit with its dictionary and models, loaded once on first use.</summary>
    public static PolishLanguage Polish => Language.Value;
    private static readonly Lazy<Pipeline> Tokenization = new(() => new PipelineBuilder()
        .Add(new PolishTokenizer()).Add(new PolishSentenceSplitter()).Build());

    private static readonly Lazy<Pipeline> Extraction = new(() => Language.Value.CreateExtractionPipeline());

    /// <summary>The targets by name, as <c>fuzz/run.sh TARGET</c> names them.</summary>
    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["tokenize"] = Tokenize,
        ["html"] = Html,
        ["extract"] = Extract,
    };

    /// <summary>Loads what a target needs before the fuzzer starts timing it (the models, for <c>extract</c>).</summary>
    public static void Warm(string target)
    {
        if (target == "extract")
        {
            _ = Extraction.Value;
        }
    }

    /// <summary>Decodes the bytes as <c>kronika analyze</c> does and cuts them into tokens, sentences and paragraphs, twice.</summary>
    public static void Tokenize(byte[] bytes)
    {
        if (Decode(bytes, null) is not { } text)
        {
            return;
        }

        Document first = Tokenization.Value.Process(Document.Create(text));
        ContractInvariants.CheckDocument(first);
        Document second = Tokenization.Value.Process(Document.Create(text));
        ContractInvariants.Require(first.Tokens.SequenceEqual(second.Tokens) && first.Sentences.SequenceEqual(second.Sentences)
            && first.Paragraphs.SequenceEqual(second.Paragraphs), "the same input gave different tokens or sentences");
    }

    /// <summary>
    /// The HTML ingest path: the declared charset, the decoder, the page's metadata and Readability's body
    /// text, then a document of that text cut into tokens.
    /// </summary>
    public static void Html(byte[] bytes)
    {
        if (Decode(bytes, DeclaredCharset.Find(bytes)) is not { } html)
        {
            return;
        }

        SourceArticle article = HtmlArticleReader.Read(html, "fuzz.html", new Uri("file:///fuzz/page.html"));
        ContractInvariants.Require(article.Text is not null, "the page gave no text");
        Document document = Tokenization.Value.Process(Document.Create(article.Text!, new DocumentInfo(Title: article.Metadata.Title)));
        ContractInvariants.CheckDocument(document);
    }

    /// <summary>The whole extraction of the decoded bytes, and its <c>kronika/1</c> JSON checked against the schema.</summary>
    public static void Extract(byte[] bytes)
    {
        if (Decode(bytes, null) is not { } text)
        {
            return;
        }

        ExtractChecked(text);
    }

    /// <summary>Extracts <paramref name="text"/>, checks every layer and the JSON, and returns the JSON.</summary>
    public static string ExtractChecked(string text)
    {
        Document document = Extraction.Value.Process(Document.Create(text, new DocumentInfo(Date: Date)));
        ContractInvariants.CheckDocument(document);
        string json = JsonContract.Serialize(ExtractionResultBuilder.From(document));
        JsonContract.Check(json, document.Text);
        return json;
    }

    private static string? Decode(byte[] bytes, string? declaredCharset)
    {
        try
        {
            return TextDecoder.Decode(bytes, null, declaredCharset).Text;
        }
        catch (InputException)
        {
            return null;
        }
    }
}
