using System.Globalization;

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
        return new ExtractionResult(ExtractionResult.SchemaName, record, [], [], [], [], []);
    }
}
