using Kronika.Core;
using Kronika.Core.Text;

namespace Kronika.Polish.Events;

/// <summary>A claim being built: the event, the tokens that state it, who claims it and who denies it.</summary>
internal sealed record ClaimDraft(int Event, int First, int End, List<int> Claimants, List<int> Accused)
{
    public List<int> DeniedBy { get; } = [];

    public int? Denial { get; set; }
}

/// <summary>
/// Makes a claim of every claimed event (an accusation is an event of its own, and only its charge, when
/// that is an event, is claimed), and ties each denial to the claims it answers: those whose doer is the
/// denier (Moscow denies what Moscow is said to have done), told before the denial or in its sentence,
/// else, when the denial names a claim (<c>zaprzeczył zarzutom</c>), the latest claim before it. A denial
/// that answers no claimed event answers the accusation aimed at the denier: the accuser is its target.
/// </summary>
internal static class ClaimLinker
{
    public static List<ClaimDraft> Link(Document document, List<EventDraft> events)
    {
        var claims = new List<ClaimDraft>();
        for (int e = 0; e < events.Count; e++)
        {
            EventDraft d = events[e];
            if (d.Status == EventStatus.Claimed)
            {
                claims.Add(new ClaimDraft(e, d.ClaimTokens.First, d.ClaimTokens.End, d.ClaimedBy, d.Source));
            }
        }

        for (int e = 0; e < events.Count; e++)
        {
            EventDraft denial = events[e];
            if (!denial.Pattern.Denial || denial.Source.Count == 0 || denial.Status is EventStatus.Negated or EventStatus.Conditional)
            {
                continue;
            }

            var answered = claims.Where(c => Before(events, c.Event, e) && SameActor(document, c.Accused, denial.Source)).ToList();
            if (answered.Count == 0 && denial.RefersToClaim && claims.LastOrDefault(c => c.Event < e) is { } latest)
            {
                answered.Add(latest);
            }

            foreach (ClaimDraft claim in answered)
            {
                claim.DeniedBy.AddRange(denial.Source.Where(s => !claim.DeniedBy.Contains(s)));
                claim.Denial ??= e;
                if (denial.Target.Count == 0)
                {
                    denial.Target.AddRange(claim.Claimants.Where(c => !denial.Source.Contains(c)));
                }
            }

            if (denial.Target.Count == 0 && Accusation(document, events, e) is { } accusation)
            {
                denial.Target.AddRange(accusation.Source.Where(s => !denial.Source.Contains(s)));
            }
        }

        return claims;
    }

    /// <summary>A claim told before the denial, or in the same sentence ("zaprzecza, choć USA twierdzą, że…").</summary>
    private static bool Before(List<EventDraft> events, int claim, int denial) =>
        claim < denial || events[claim].Sentence == events[denial].Sentence;

    /// <summary>The latest accusation before the denial aimed at the denier, or, when the denial names a claim, the latest of all.</summary>
    private static EventDraft? Accusation(Document document, List<EventDraft> events, int denial)
    {
        EventDraft? latest = null;
        for (int e = denial - 1; e >= 0; e--)
        {
            if (events[e].Pattern.Type != "ACCUSE" || events[e].Pattern.Mode != "allege")
            {
                continue;
            }

            if (SameActor(document, events[e].Target, events[denial].Source))
            {
                return events[e];
            }

            latest ??= events[e];
        }

        return events[denial].RefersToClaim ? latest : null;
    }

    /// <summary>Whether two actor lists share an entity or a state (Putin speaks for Russia).</summary>
    private static bool SameActor(Document document, List<int> a, List<int> b) =>
        a.Any(x => b.Any(y => x == y || document.Entities[x].Country is { } cx && cx == document.Entities[y].Country));
}
