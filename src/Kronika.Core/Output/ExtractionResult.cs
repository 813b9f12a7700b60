using System.Collections.Immutable;

namespace Kronika.Core.Output;

/// <summary>
/// The JSON contract every stage fills (<c>docs/schema.md</c>). Offsets are UTF-16 code units into the
/// NFC-normalised text; ids in <c>speaker</c>, <c>source</c>, <c>target</c>… refer to <see cref="Entities"/>.
/// </summary>
public sealed record ExtractionResult(
    string Schema,
    DocumentRecord Document,
    ImmutableArray<EntityRecord> Entities,
    ImmutableArray<TimeRecord> Times,
    ImmutableArray<QuoteRecord> Quotes,
    ImmutableArray<EventRecord> Events,
    ImmutableArray<ClaimRecord> Claims)
{
    public const string SchemaName = "kronika/1";
}

public sealed record DocumentRecord(string Id, string? Source, string? Title, string Language, string? Date, string Sha256);

public sealed record EntityRecord(
    string Id,
    string Type,
    string Name,
    string? Country,
    string? Actor,
    string? KnowledgeId,
    ImmutableArray<string> Roles,
    ImmutableArray<MentionRecord> Mentions);

public sealed record MentionRecord(int Start, int End, string Text, string Lemma, string Kind);

public sealed record TimeRecord(string Id, int Start, int End, string Text, string Type, string? Value);

public sealed record QuoteRecord(
    string Id,
    int Start,
    int End,
    string Text,
    bool Direct,
    string? Speaker,
    string? SpeakerText,
    string? Cue);

public sealed record EventRecord(
    string Id,
    string Type,
    string? Mode,
    string? Cameo,
    ImmutableArray<string> Source,
    ImmutableArray<string> Target,
    string? Date,
    string? Time,
    string? Location,
    string Status,
    ImmutableArray<string> ClaimedBy,
    SpanText Trigger,
    SpanRecord Sentence);

public sealed record ClaimRecord(
    string Id,
    string Event,
    string Text,
    ImmutableArray<string> Claimants,
    ImmutableArray<string> DeniedBy,
    ImmutableArray<string> Quotes);

public sealed record SpanText(int Start, int End, string Text);

public sealed record SpanRecord(int Start, int End);
