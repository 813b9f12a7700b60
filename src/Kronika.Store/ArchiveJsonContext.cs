using System.Text.Json.Serialization;

namespace Kronika.Store;

/// <summary>Source-generated JSON for the archive's records (CLI output, export, the HTTP API): camelCase, nulls written out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(long[]))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(ArchiveEvent))]
[JsonSerializable(typeof(Page<ArchiveEvent>))]
[JsonSerializable(typeof(Page<ArchiveEntity>))]
[JsonSerializable(typeof(ArchiveEntityRecord))]
[JsonSerializable(typeof(Page<ArchiveQuote>))]
[JsonSerializable(typeof(Page<ArchiveClaim>))]
[JsonSerializable(typeof(Page<SearchHit>))]
[JsonSerializable(typeof(Page<DocumentSummary>))]
[JsonSerializable(typeof(StoredDocument))]
[JsonSerializable(typeof(ArchiveStats))]
public sealed partial class ArchiveJsonContext : JsonSerializerContext;
