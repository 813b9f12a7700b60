using Kronika.Core.Output;
using Kronika.Store;

namespace Kronika.Ingest;

/// <summary>
/// An article ready for the writer: extracted (<see cref="Extraction"/> set), already stored (no
/// extraction), or failed (<see cref="Error"/> set).
/// </summary>
internal sealed record PreparedArticle(string Source, ArticleMetadata? Metadata, string? Text, ExtractionResult? Extraction, string? Error);
