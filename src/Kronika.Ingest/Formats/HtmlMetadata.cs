using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Kronika.Ingest.Formats;

/// <summary>
/// An article page's own metadata: JSON-LD (<c>NewsArticle</c> and kin: headline, datePublished, author, url)
/// first, then Open Graph and article meta tags, then the plain <c>&lt;title&gt;</c> and <c>rel=canonical</c>.
/// </summary>
public sealed record HtmlMetadata(string? Title, string? Date, string? Author, string? CanonicalUrl, string? SiteName)
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "BlogPosting", "Report", "WebPage",
    };

    public static HtmlMetadata Read(IHtmlDocument page)
    {
        HtmlMetadata? jsonLd = page.QuerySelectorAll("script[type='application/ld+json']")
            .Select(script => FromJsonLd(script.TextContent))
            .FirstOrDefault(found => found is not null);
        var fromTags = new HtmlMetadata(
            Meta(page, "og:title") ?? Meta(page, "twitter:title") ?? NonEmpty(page.Title),
            Meta(page, "article:published_time") ?? Meta(page, "datePublished") ?? Meta(page, "date") ?? Meta(page, "dc.date") ?? page.QuerySelector("time[datetime]")?.GetAttribute("datetime"),
            Meta(page, "author") ?? Meta(page, "article:author"),
            NonEmpty(page.QuerySelector("link[rel='canonical']")?.GetAttribute("href")) ?? Meta(page, "og:url"),
            Meta(page, "og:site_name"));
        return jsonLd is null ? fromTags : new HtmlMetadata(
            jsonLd.Title ?? fromTags.Title,
            jsonLd.Date ?? fromTags.Date,
            jsonLd.Author ?? fromTags.Author,
            fromTags.CanonicalUrl ?? jsonLd.CanonicalUrl,
            jsonLd.SiteName ?? fromTags.SiteName);
    }

    private static string? Meta(IHtmlDocument page, string name)
    {
        foreach (IElement meta in page.QuerySelectorAll("meta"))
        {
            string? key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && NonEmpty(meta.GetAttribute("content")) is { } content)
            {
                return content;
            }
        }

        return null;
    }

    private static HtmlMetadata? FromJsonLd(string json)
    {
        try
        {
            using JsonDocument parsed = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
            return FindArticle(parsed.RootElement);
        }
        catch (JsonException)
        {
            return null; // Broken JSON-LD is common; the meta tags remain.
        }
    }

    /// <summary>The first object typed as an article, searched through arrays and <c>@graph</c>.</summary>
    private static HtmlMetadata? FindArticle(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().Select(FindArticle).FirstOrDefault(found => found is not null);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (element.TryGetProperty("@graph", out JsonElement graph) && FindArticle(graph) is { } inGraph)
        {
            return inGraph;
        }

        if (!element.TryGetProperty("@type", out JsonElement type) || !IsArticleType(type))
        {
            return null;
        }

        return new HtmlMetadata(
            Text(element, "headline") ?? Text(element, "name"),
            Text(element, "datePublished") ?? Text(element, "dateCreated"),
            Name(element, "author"),
            Text(element, "url"),
            Name(element, "publisher"));
    }

    private static bool IsArticleType(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => ArticleTypes.Contains(type.GetString()!),
        JsonValueKind.Array => type.EnumerateArray().Any(IsArticleType),
        _ => false,
    };

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out JsonElement value) && value.ValueKind == JsonValueKind.String ? NonEmpty(value.GetString()) : null;

    /// <summary>A person or organisation given as a string, an object with a name, or a list of either (names joined).</summary>
    private static string? Name(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out JsonElement value))
        {
            return null;
        }

        IEnumerable<JsonElement> values = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [value];
        List<string> names = values
            .Select(v => v.ValueKind == JsonValueKind.String ? NonEmpty(v.GetString()) : v.ValueKind == JsonValueKind.Object ? Text(v, "name") : null)
            .OfType<string>()
            .ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
