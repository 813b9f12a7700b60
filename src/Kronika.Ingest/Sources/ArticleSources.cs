using Kronika.Core.Input;
using Kronika.Ingest.Fetching;
using Kronika.Ingest.Formats;
using Kronika.Store;

namespace Kronika.Ingest.Sources;

/// <summary>
/// Turns the names given to <c>kronika ingest</c> into articles: files, folders (recursively, in ordinal
/// order of their paths, so every run sees the same order), <c>-</c> for standard input and http(s) URLs;
/// each read as plain text, HTML, JSON Lines or an RSS/Atom feed, whichever its content is. Reading is lazy:
/// articles come out one at a time, and an input that cannot be read becomes a failed item, not an exception.
/// </summary>
public sealed class ArticleSources(SourceOptions options, WebFetcher fetcher)
{
    /// <summary>The inputs the names stand for, folders expanded.</summary>
    public static IReadOnlyList<IngestInput> Expand(IEnumerable<string> names)
    {
        var inputs = new List<IngestInput>();
        foreach (string name in names)
        {
            if (name == "-")
            {
                inputs.Add(new IngestInput.StandardInput());
            }
            else if (Uri.TryCreate(name, UriKind.Absolute, out Uri? uri) && uri.Scheme is "http" or "https")
            {
                inputs.Add(new IngestInput.Web(uri));
            }
            else if (Directory.Exists(name))
            {
                var walk = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
                inputs.AddRange(Directory.EnumerateFiles(name, "*", walk).Order(StringComparer.Ordinal).Select(path => new IngestInput.File(path)));
            }
            else
            {
                inputs.Add(System.IO.File.Exists(name) ? new IngestInput.File(name) : new IngestInput.Missing(name));
            }
        }

        return inputs;
    }

    public IEnumerable<IngestItem> Read(IngestInput input)
    {
        if (input is IngestInput.Missing)
        {
            return [IngestItem.Failed(input.Name, "no such file, folder or http(s) URL")];
        }

        try
        {
            return input switch
            {
                IngestInput.Web web => ReadFetched(fetcher.Fetch(web.Address), null),
                IngestInput.StandardInput => ReadBytes(InputReader.ReadStream(Console.OpenStandardInput(), options.MaxBytes), "-", null, null, null),
                IngestInput.File file => ReadBytes(ReadFile(file.Path), file.Path, new Uri(Path.GetFullPath(file.Path)), null, null),
                _ => throw new InvalidOperationException($"unknown input {input}"),
            };
        }
        catch (Exception e) when (e is InputException or InputNotFoundException or FetchException or IOException or UnauthorizedAccessException)
        {
            return [IngestItem.Failed(input.Name, e.Message)];
        }
    }

    private byte[] ReadFile(string path)
    {
        using FileStream stream = System.IO.File.OpenRead(path);
        return InputReader.ReadStream(stream, options.MaxBytes);
    }

    private IEnumerable<IngestItem> ReadFetched(FetchedResource resource, ArticleMetadata? known) =>
        ReadBytes(resource.Body, resource.Address.AbsoluteUri, resource.Address, resource.Charset, resource.MediaType, known);

    private IEnumerable<IngestItem> ReadBytes(byte[] bytes, string origin, Uri? address, string? charset, string? mediaType, ArticleMetadata? known = null)
    {
        // A byte-order mark wins, then the HTTP header, then the document's own declaration, then the content.
        string? declared = charset ?? DeclaredCharset.Find(bytes);
        string text = TextDecoder.Decode(bytes, address is { IsFile: true } ? options.Encoding : null, declared).Text;
        ContentKind kind = ContentSniffer.Detect(text, mediaType ?? origin);
        return kind switch
        {
            ContentKind.Feed => FeedArticleReader.Read(text, origin, options.FetchLinks ? FetchArticle : null),
            ContentKind.JsonLines => JsonLinesReader.Read(text, origin),
            // Standard input has no address; a file one keeps a page without a canonical link from getting a URL.
            ContentKind.Html => [IngestItem.Of(HtmlArticleReader.Read(text, origin, address ?? new Uri("file:///dev/stdin"), known))],
            _ => [IngestItem.Of(PlainTextArticle.Read(text, known ?? new ArticleMetadata(origin, Url: address is { IsFile: false } ? address.AbsoluteUri : null, Outlet: address is { IsFile: false } ? address.Host : null)))],
        };
    }

    /// <summary>A feed item's page: fetched, decoded and read as one article, the feed's metadata filling what the page lacks.</summary>
    private SourceArticle FetchArticle(Uri link, ArticleMetadata known)
    {
        FetchedResource page = fetcher.Fetch(link);
        IngestItem item = ReadBytes(page.Body, link.AbsoluteUri, page.Address, page.Charset, page.MediaType, known).First();
        return item.Article ?? throw new FetchException(item.Error ?? $"{link}: no article");
    }
}
