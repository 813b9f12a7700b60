using System.Globalization;
using System.Text.Json;
using Kronika.Core;
using Kronika.Core.Input;
using Kronika.Core.Output;
using Kronika.Core.Pipeline;

namespace Kronika.Polish.Evaluation;

/// <summary>One gold article: its text file and the gold record written for it (<c>NAME.txt</c> and <c>NAME.gold.json</c>).</summary>
public sealed record ExtractionGoldDocument(string Name, string TextPath, ExtractionResult Gold);

/// <summary>The scores of one article of a gold set.</summary>
public sealed record ExtractionDocumentScore(string Name, ExtractionComparison Comparison);

/// <summary>Runs the extraction pipeline over a gold set (<c>eval/gold</c>) and scores each article against its gold record.</summary>
public static class ExtractionEvaluator
{
    public const string GoldSuffix = ".gold.json";

    /// <summary>Reads every <c>NAME.gold.json</c> of a folder, in name order, with the <c>NAME.txt</c> next to it.</summary>
    public static IReadOnlyList<ExtractionGoldDocument> ReadGoldSet(string folder)
    {
        var documents = new List<ExtractionGoldDocument>();
        foreach (string goldPath in Directory.EnumerateFiles(folder, "*" + GoldSuffix).Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(goldPath)[..^GoldSuffix.Length];
            string textPath = Path.Combine(folder, name + ".txt");
            if (!File.Exists(textPath))
            {
                throw new InputNotFoundException($"{goldPath}: its article {textPath} does not exist");
            }

            documents.Add(new ExtractionGoldDocument(name, textPath, ReadGold(goldPath)));
        }

        return documents;
    }

    public static ExtractionResult ReadGold(string path)
    {
        try
        {
            using FileStream stream = File.OpenRead(path);
            return JsonSerializer.Deserialize(stream, KronikaJsonContext.Default.ExtractionResult)
                ?? throw new InputException($"{path}: the gold file is empty");
        }
        catch (JsonException e)
        {
            throw new InputException($"{path}: not a kronika/1 record ({e.Message})");
        }
    }

    /// <summary>Extracts each article with its gold document date and compares the result with the gold record.</summary>
    public static IReadOnlyList<ExtractionDocumentScore> Score(Pipeline pipeline, IEnumerable<ExtractionGoldDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(documents);
        var scores = new List<ExtractionDocumentScore>();
        foreach (ExtractionGoldDocument gold in documents)
        {
            DecodedText text = InputReader.Read(gold.TextPath);
            var info = new DocumentInfo(Source: gold.TextPath, Date: ParseDate(gold.Gold.Document.Date));
            ExtractionResult found = ExtractionResultBuilder.From(pipeline.Process(Document.Create(text.Text, info)));
            scores.Add(new ExtractionDocumentScore(gold.Name, ExtractionScorer.Compare(found, gold.Gold)));
        }

        return scores;
    }

    private static DateOnly? ParseDate(string? date) =>
        date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
