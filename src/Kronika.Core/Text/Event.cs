using System.Collections.Immutable;

namespace Kronika.Core.Text;

/// <summary>
/// An event: who did what to whom, when and where, coded in PLOVER (type and mode) and CAMEO. Actor
/// and place fields index <see cref="Document.Entities"/>.
/// </summary>
/// <param name="Type">The PLOVER event type (<c>AGREE</c>, <c>CONSULT</c>…), or <c>STATEMENT</c> for CAMEO's 01x codes, which PLOVER leaves out.</param>
/// <param name="Mode">The PLOVER mode (<c>visit</c>, <c>allege</c>), or null where PLOVER defines none or the text does not say.</param>
/// <param name="Cameo">The CAMEO code (<c>057</c>, <c>042</c>).</param>
/// <param name="Date">The TIMEX3 value of the event's date, or null when the text gives none.</param>
/// <param name="Time">Index into <see cref="Document.Times"/> of the expression the date comes from, or null.</param>
/// <param name="Location">The place entity where it happened, or null.</param>
/// <param name="ClaimedBy">Who says it happened, when <paramref name="Status"/> is claimed (or denied: who denies it).</param>
/// <param name="Trigger">The words the event rests on (<c>podpisali</c>, <c>wizyta</c>).</param>
/// <param name="TriggerLemma">The dictionary entry the trigger matched (<c>spotkać się</c>).</param>
/// <param name="Sentence">Index into <see cref="Document.Sentences"/>.</param>
public sealed record Event(
    string Type,
    string? Mode,
    string? Cameo,
    ImmutableArray<int> Source,
    ImmutableArray<int> Target,
    string? Date,
    int? Time,
    int? Location,
    EventStatus Status,
    ImmutableArray<int> ClaimedBy,
    TextSpan Trigger,
    string TriggerLemma,
    int Sentence)
{
    /// <summary>The status as written in the JSON contract (<c>asserted</c>, <c>claimed</c>…).</summary>
    public string StatusName => Status.ToString().ToLowerInvariant();
}

/// <summary>
/// A claim: an actor's word that an event happened, who made it and who denied it.
/// </summary>
/// <param name="Event">Index into <see cref="Document.Events"/> of the event claimed.</param>
/// <param name="Text">The words of the claim (the clause that states it).</param>
/// <param name="Claimants">Entities that make the claim.</param>
/// <param name="DeniedBy">Entities that deny it later in the document.</param>
/// <param name="Denial">Index into <see cref="Document.Events"/> of the (first) denial event, or null.</param>
public sealed record Claim(
    int Event,
    TextSpan Text,
    ImmutableArray<int> Claimants,
    ImmutableArray<int> DeniedBy,
    int? Denial);
