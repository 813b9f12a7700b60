using Kronika.Store;

namespace Kronika.Ingest.Formats;

/// <summary>A plain-text article: the whole text, and its first line as the title when that line is short enough to be a headline.</summary>
public static class PlainTextArticle
{
    private const int MaxTitleLength = 300;

    public static SourceArticle Read(string text, ArticleMetadata metadata)
    {
        string firstLine = text.TrimStart().Split('\n', 2)[0].Trim();
        string? title = metadata.Title ?? (firstLine.Length is > 0 and <= MaxTitleLength ? firstLine : null);
        return new SourceArticle(metadata with { Title = title }, text);
    }
}
