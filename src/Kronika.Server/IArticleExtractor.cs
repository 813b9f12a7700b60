using Kronika.Core.Output;
using Kronika.Store;

namespace Kronika.Server;

/// <summary>
/// Turns one posted article into the JSON contract. The command line supplies the Polish pipeline, so the
/// server library depends only on the contract, not on a language.
/// </summary>
public interface IArticleExtractor
{
    /// <summary>Extracts <paramref name="text"/>; must be safe to call from several requests at once.</summary>
    ExtractedArticle Extract(string text, ArticleMetadata article);
}

/// <summary>An extraction and the text its spans point into (the input, NFC-normalised), as the store wants both.</summary>
public sealed record ExtractedArticle(string Text, ExtractionResult Extraction);
