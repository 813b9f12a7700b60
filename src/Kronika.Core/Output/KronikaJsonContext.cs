using System.Text.Json.Serialization;

namespace Kronika.Core.Output;

/// <summary>Source-generated JSON for the contract: camelCase names, nulls written out so that the shape is fixed.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ExtractionResult))]
public sealed partial class KronikaJsonContext : JsonSerializerContext;
