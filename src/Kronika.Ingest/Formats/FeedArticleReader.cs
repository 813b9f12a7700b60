using CodeHollow.FeedReader;
using Kronika.Store;

namespace Kronika.Ingest.Formats;

/// <summary>
/// An RSS or Atom feed as articles, one per item: the item's full content when the feed carries it, else
/// the page its link points to (when <paramref name="fetchPage"/> is given), else its title and description.
/// Items are read one at a time (<see cref="FeedItemStream"/>), so memory does not grow with the feed; a feed
/// that breaks off gives the items before the break and then one failure.
/// </summary>
public static class FeedArticleReader
{
    /// <param name="fetchPage">Reads the article at an item's link; null when fetching is not allowed.</param>
    public static IEnumerable<IngestItem> Read(string xml, string origin, Func<Uri, ArticleMetadata, SourceArticle>? fetchPage)
    {
        using var stream = new FeedItemStream(xml);
        for (int index = 1; ; index++)
        {
            (FeedItem? item, string? error) = Next(stream);
            if (error is not null)
            {
                yield return IngestItem.Failed(index == 1 ? origin : $"{origin}#{index}", $"not a readable RSS or Atom feed ({error})");
                yield break;
            }

            if (item is null)
            {
                yield break;
            }

            string? outlet = string.IsNullOrWhiteSpace(stream.Title) ? HtmlArticleReader.HostOf(stream.Link) : stream.Title.Trim();
            yield return ReadItem(item, $"{origin}#{index}", outlet, fetchPage);
        }
    }

    private static (FeedItem? Item, string? Error) Next(FeedItemStream stream)
    {
        try
        {
            return (stream.Next(), null);
        }
        catch (Exception e) when (e is System.Xml.XmlException or CodeHollow.FeedReader.Parser.FeedTypeNotSupportedException or FormatException or ArgumentException or InvalidOperationException)
        {
            return (null, e.Message);
        }
    }

    private static IngestItem ReadItem(FeedItem item, string where, string? outlet, Func<Uri, ArticleMetadata, SourceArticle>? fetchPage)
    {
        try
        {
            Uri? link = Uri.TryCreate(item.Link?.Trim(), UriKind.Absolute, out Uri? parsed) && parsed.Scheme is "http" or "https" ? parsed : null;
            DateOnly? date = item.PublishingDate is { } published ? DateOnly.FromDateTime(published) : PublicationDate.Parse(item.PublishingDateString);
            var metadata = new ArticleMetadata(link?.AbsoluteUri ?? where, Clean(item.Title), date, link?.AbsoluteUri, outlet ?? HtmlArticleReader.HostOf(link?.AbsoluteUri), Clean(item.Author));
            string? content = TextOf(item.Content);
            if (content is not null)
            {
                return IngestItem.Of(new SourceArticle(metadata, content));
            }

            if (link is not null && fetchPage is not null)
            {
                return IngestItem.Of(fetchPage(link, metadata));
            }

            string summary = string.Join("\n\n", new[] { metadata.Title, TextOf(item.Description) }.OfType<string>());
            return summary.Length > 0 ? IngestItem.Of(new SourceArticle(metadata, summary)) : IngestItem.Failed(metadata.Origin, "a feed item with no title, content or description");
        }
        catch (Exception e) when (e is Fetching.FetchException or Core.Input.InputException)
        {
            return IngestItem.Failed(string.IsNullOrWhiteSpace(item.Link) ? where : item.Link.Trim(), e.Message);
        }
    }

    private static string? TextOf(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        string text = HtmlArticleReader.FragmentText(html);
        return text.Length > 0 ? text : null;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : HtmlArticleReader.FragmentText(value);
}
