using Kronika.Store;

namespace Kronika.Ingest;

/// <summary>An article read from an input: its metadata and its plain text, before normalisation and extraction.</summary>
public sealed record SourceArticle(ArticleMetadata Metadata, string Text);

/// <summary>
/// One result of reading the inputs: an article, or the reason one input (a file, a line, a feed item)
/// could not be read. Failures travel with the articles so that one bad input is reported and the rest go on.
/// </summary>
public sealed record IngestItem(string Source, SourceArticle? Article, string? Error)
{
    public static IngestItem Of(SourceArticle article) => new(article.Metadata.Origin, article, null);

    public static IngestItem Failed(string source, string reason) => new(source, null, reason);
}
