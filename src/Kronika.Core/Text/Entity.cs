using System.Collections.Immutable;

namespace Kronika.Core.Text;

/// <summary>One actor or place of a document, with the identity the resolver gave it.</summary>
/// <param name="Name">The canonical name: the knowledge base's, else the fullest base form in the text.</param>
/// <param name="Country">ISO 3166-1 alpha-3 of the state it belongs to or is.</param>
/// <param name="Actor">CAMEO-style actor code (<c>RUSGOV</c>, <c>IGONAT</c>).</param>
/// <param name="Roles">What the text or the knowledge base says it is (<c>prezydent RUS</c>).</param>
/// <param name="KnowledgeId">The knowledge-base entry it was resolved to (<c>person:putin</c>), if any.</param>
public sealed record Entity(
    EntityType Type,
    string Name,
    string? Country,
    string? Actor,
    ImmutableArray<string> Roles,
    string? KnowledgeId);

/// <summary>A stretch of text that refers to an entity.</summary>
/// <param name="Entity">Index into <see cref="Document.Entities"/>.</param>
/// <param name="Lemma">The nominative base form of the whole mention.</param>
public readonly record struct EntityMention(int FirstToken, int EndToken, int Start, int End, string Lemma, MentionKind Kind, int Entity)
{
    public TextSpan Span => new(Start, End);
}
