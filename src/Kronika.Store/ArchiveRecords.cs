using Kronika.Core.Output;

namespace Kronika.Store;

/// <summary>An article as listed: its metadata and how many facts it gave.</summary>
public sealed record DocumentSummary(
    long Id,
    string Sha256,
    string? Title,
    string? Date,
    string? Url,
    string? Outlet,
    string Origin,
    int Entities,
    int Events,
    int Quotes,
    DateTimeOffset IngestedAt);

/// <summary>An article with its text and the extraction whose spans point into it.</summary>
public sealed record StoredDocument(DocumentSummary Summary, string Text, ExtractionResult Extraction);

/// <summary>A reference to an archive entity from an event, quote or claim; <paramref name="Actor"/> is its CAMEO-style actor code.</summary>
public sealed record EntityRef(long Id, string Name, string Type, string? Country, string? Actor);

/// <summary>One real actor or place across the archive, merged from the entities of many articles.</summary>
/// <param name="Key">Its identity: the knowledge-base id, else <c>TYPE|normalised base form|country</c>.</param>
public sealed record ArchiveEntity(
    long Id,
    string Key,
    string Type,
    string Name,
    string? Country,
    string? Actor,
    string? KnowledgeId,
    int Mentions,
    int Documents,
    int Events);

/// <summary>An actor's record: the entity, what it was called, its roles and who it deals with most.</summary>
public sealed record ArchiveEntityRecord(
    ArchiveEntity Entity,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Roles,
    IReadOnlyList<Partner> Partners);

/// <summary>Another entity and the number of archive events the two share (on either side).</summary>
public sealed record Partner(EntityRef Entity, int Events);

/// <summary>One article's report of an archive event, with the words it rests on; <paramref name="Published"/> is the article's date.</summary>
public sealed record EventMention(
    long DocumentId,
    string? DocumentTitle,
    string? Outlet,
    string? Url,
    string LocalId,
    string Status,
    string? Date,
    SpanText Trigger,
    SpanText Sentence,
    string? Published);

/// <summary>
/// One real event, merged from every article that reports it (same type, same actors, dates within a
/// day, compatible places), counted as GDELT does: mentions, distinct outlets, distinct articles.
/// <paramref name="Added"/> is when the first article reporting it was stored (GDELT's DATEADDED).
/// </summary>
public sealed record ArchiveEvent(
    long Id,
    string Type,
    string? Mode,
    string? Cameo,
    IReadOnlyList<EntityRef> Source,
    IReadOnlyList<EntityRef> Target,
    string? Date,
    EntityRef? Location,
    string Status,
    int NumMentions,
    int NumSources,
    int NumArticles,
    IReadOnlyList<EventMention> Mentions,
    DateTimeOffset Added);

public sealed record ArchiveQuote(
    long Id,
    long DocumentId,
    string? DocumentTitle,
    string? Outlet,
    string? Date,
    int Start,
    int End,
    string Text,
    bool Direct,
    EntityRef? Speaker,
    string? SpeakerText,
    string? Cue);

/// <summary>One article's report of a claim: the clause and who makes it there.</summary>
public sealed record ClaimReport(long DocumentId, string? DocumentTitle, string? Outlet, string? Date, SpanText Text, IReadOnlyList<EntityRef> Claimants);

/// <summary>A denial of a claim, from whichever article carries it.</summary>
public sealed record ClaimDenial(long DocumentId, string? DocumentTitle, string? Outlet, string? Date, IReadOnlyList<EntityRef> DeniedBy);

/// <summary>A claim repeated by any number of outlets is one archive claim, with all its reports and denials.</summary>
public sealed record ArchiveClaim(
    long Id,
    long EventId,
    string Text,
    IReadOnlyList<EntityRef> Claimants,
    IReadOnlyList<ClaimReport> Reports,
    IReadOnlyList<ClaimDenial> Denials);

/// <summary>A full-text match: what kind of thing matched, where, and a snippet with the words marked.</summary>
/// <param name="Kind"><c>document</c>, <c>quote</c> or <c>claim</c>.</param>
public sealed record SearchHit(string Kind, long Id, long DocumentId, string? DocumentTitle, string Snippet, double Rank);

public sealed record ArchiveStats(int Documents, int Outlets, int Entities, int Events, int EventMentions, int Quotes, int Claims, string? FirstDate, string? LastDate);
