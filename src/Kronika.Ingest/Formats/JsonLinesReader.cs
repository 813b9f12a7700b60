using System.Text.Json;
using Kronika.Store;

namespace Kronika.Ingest.Formats;

/// <summary>
/// JSON Lines of <c>{"title", "text", "date", "url", "source", "author"}</c>, one article per line; only
/// <c>text</c> is required. A line that is not such an object is reported with its number and skipped.
/// </summary>
public static class JsonLinesReader
{
    public static IEnumerable<IngestItem> Read(string content, string origin)
    {
        using var lines = new StringReader(content);
        int number = 0;
        while (lines.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string where = $"{origin}:{number}";
            yield return Parse(line, where);
        }
    }

    private static IngestItem Parse(string line, string where)
    {
        try
        {
            using JsonDocument json = JsonDocument.Parse(line);
            JsonElement root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return IngestItem.Failed(where, "line is not a JSON object");
            }

            string? text = Field(root, "text");
            if (string.IsNullOrWhiteSpace(text))
            {
                return IngestItem.Failed(where, "no \"text\"");
            }

            string? date = Field(root, "date");
            DateOnly? parsedDate = PublicationDate.Parse(date);
            if (date is not null && parsedDate is null)
            {
                return IngestItem.Failed(where, $"\"date\" '{date}' is not a date");
            }

            string? url = Field(root, "url");
            var metadata = new ArticleMetadata(where, Field(root, "title"), parsedDate, url, Field(root, "source") ?? HtmlArticleReader.HostOf(url), Field(root, "author"));
            return IngestItem.Of(new SourceArticle(metadata, text));
        }
        catch (JsonException e)
        {
            return IngestItem.Failed(where, $"not valid JSON ({e.Message.Split('.')[0]})");
        }
        catch (InvalidOperationException e)
        {
            return IngestItem.Failed(where, e.Message);
        }
    }

    private static string? Field(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new InvalidOperationException($"\"{name}\" is not a string");
    }
}
