using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Kronika.Store;
using SmartReader;

namespace Kronika.Ingest.Formats;

/// <summary>
/// An HTML page as an article: the page's metadata (<see cref="HtmlMetadata"/>) and the body text that
/// SmartReader (a port of Mozilla's Readability) finds, without navigation, adverts and comments.
/// </summary>
public static class HtmlArticleReader
{
    /// <summary>Reads <paramref name="html"/>, fetched from or saved at <paramref name="address"/>.</summary>
    /// <param name="known">What the caller already knows (a feed item's title, date, link); the page's own metadata wins over it.</param>
    public static SourceArticle Read(string html, string origin, Uri address, ArticleMetadata? known = null)
    {
        var parser = new HtmlParser();
        IHtmlDocument page = parser.ParseDocument(html);
        HtmlMetadata meta = HtmlMetadata.Read(page); // before Readability, which rewrites the tree
        string text = BodyText(page, address);
        string? url = Resolve(meta.CanonicalUrl, address) ?? known?.Url ?? (address.IsFile ? null : address.AbsoluteUri);
        var metadata = new ArticleMetadata(
            origin,
            meta.Title ?? known?.Title,
            PublicationDate.Parse(meta.Date) ?? known?.Date,
            url,
            known?.Outlet ?? meta.SiteName ?? HostOf(url),
            meta.Author ?? known?.Author);
        return new SourceArticle(metadata, text);
    }

    /// <summary>The text of an HTML fragment (a feed item's content): paragraphs on their own lines, markup gone.</summary>
    public static string FragmentText(string html)
    {
        IHtmlDocument page = new HtmlParser().ParseDocument($"<html><body>{html}</body></html>");
        return page.Body is null ? "" : PlainText(page.Body);
    }

    private static string BodyText(IHtmlDocument page, Uri address)
    {
        if (page.Body is null)
        {
            return "";
        }

        // Readability walks ancestors for every candidate, which grows with the square of a freak page's
        // depth (10 000 nested elements take seconds); no real article is nested this deep.
        if (Depth(page.Body) > MaxReadableDepth)
        {
            return PlainText(page.Body);
        }

        var reader = new Reader(address.AbsoluteUri, page) { DisableJSONLD = false };
        Article article = reader.GetArticle();
        if (article.Completed && !string.IsNullOrWhiteSpace(article.TextContent))
        {
            return article.TextContent.Trim();
        }

        // Readability found no article (a short page): keep the whole body's text rather than nothing.
        return PlainText(page.Body);
    }

    private const int MaxReadableDepth = 200;

    private static int Depth(IElement root)
    {
        int deepest = 0;
        var pending = new Stack<(IElement Element, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            (IElement element, int depth) = pending.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (IElement child in element.Children)
            {
                pending.Push((child, depth + 1));
            }
        }

        return deepest;
    }

    private static string PlainText(IElement root)
    {
        foreach (IElement noise in root.QuerySelectorAll("script, style, noscript, template").ToList())
        {
            noise.Remove();
        }

        var lines = new List<string>();
        var current = new System.Text.StringBuilder();
        Collect(root, current, lines);
        Flush(current, lines);
        return string.Join("\n\n", lines);
    }

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "BR", "LI", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "ARTICLE", "SECTION", "HEADER", "FOOTER", "TR", "PRE", "UL", "OL", "TABLE", "FIGURE", "FIGCAPTION",
    };

    /// <summary>Walks the tree without recursion (a hostile page may nest elements thousands deep), breaking lines at block elements.</summary>
    private static void Collect(INode root, System.Text.StringBuilder current, List<string> lines)
    {
        // A null node on the stack marks the end of a block element, where its line ends.
        var pending = new Stack<INode?>();
        for (int i = root.ChildNodes.Length - 1; i >= 0; i--)
        {
            pending.Push(root.ChildNodes[i]);
        }

        while (pending.Count > 0)
        {
            INode? node = pending.Pop();
            if (node is null)
            {
                Flush(current, lines);
            }
            else if (node is IText text)
            {
                current.Append(text.Data);
            }
            else if (node is IElement element)
            {
                if (Blocks.Contains(element.TagName))
                {
                    Flush(current, lines);
                    pending.Push(null);
                }

                for (int i = element.ChildNodes.Length - 1; i >= 0; i--)
                {
                    pending.Push(element.ChildNodes[i]);
                }
            }
        }
    }

    private static void Flush(System.Text.StringBuilder current, List<string> lines)
    {
        string line = string.Join(' ', current.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (line.Length > 0)
        {
            lines.Add(line);
        }

        current.Clear();
    }

    private static string? Resolve(string? url, Uri address) =>
        url is not null && Uri.TryCreate(address, url, out Uri? absolute) && absolute.Scheme is "http" or "https" ? absolute.AbsoluteUri : null;

    public static string? HostOf(string? url) => url is not null && Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) && !uri.IsFile ? uri.Host : null;
}
