using Kronika.Core;
using Kronika.Core.Output;
using Kronika.Core.Pipeline;
using Kronika.Server;
using Kronika.Store;

namespace Kronika.Cli.Commands;

/// <summary>The server's extraction of posted articles: the same Polish pipeline as <c>kronika extract</c>.</summary>
public sealed class PipelineArticleExtractor(Pipeline pipeline) : IArticleExtractor
{
    public ExtractedArticle Extract(string text, ArticleMetadata article)
    {
        var info = new DocumentInfo(Source: article.Url ?? article.Origin, Title: article.Title, Date: article.Date);
        Document document = pipeline.Process(Document.Create(text, info));
        return new ExtractedArticle(document.Text, ExtractionResultBuilder.From(document));
    }
}
