using System.Collections.Immutable;
using System.Globalization;
using Kronika.Core.Text;

namespace Kronika.Core.Output;

/// <summary>Turns an analysed <see cref="Document"/> into the JSON contract, with the layers built so far.</summary>
public static class ExtractionResultBuilder
{
    public static ExtractionResult From(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        DocumentInfo info = document.Info;
        var record = new DocumentRecord(
            info.Id ?? document.Sha256[..16],
            info.Source,
            info.Title,
            info.Language,
            info.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            document.Sha256);
        return new ExtractionResult(ExtractionResult.SchemaName, record, [], Times(document), [], [], []);
    }

    private static ImmutableArray<TimeRecord> Times(Document document)
    {
        if (!document.Has(Layer.Times))
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<TimeRecord>(document.Times.Length);
        foreach (TimeExpression time in document.Times)
        {
            builder.Add(new TimeRecord(
                "t" + (builder.Count + 1).ToString(CultureInfo.InvariantCulture),
                time.Start,
                time.End,
                document.TextOf(time.Span),
                time.TypeName,
                time.Value));
        }

        return builder.MoveToImmutable();
    }
}
