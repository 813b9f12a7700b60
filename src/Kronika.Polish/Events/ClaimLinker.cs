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
/// Makes a claim of every claimed event and every allegation, and ties each denial to the claims it
/// answers: those whose accused is the denier (Moscow denies what Moscow is accused of), else, when the
/// denial names a claim (<c>zaprzeczył zarzutom</c>), the latest claim before it.
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
            else if (d.Pattern.Type == "ACCUSE" && d.Pattern.Mode == "allege" && d.Status == EventStatus.Asserted)
            {
                claims.Add(new ClaimDraft(e, d.ClaimTokens.First, d.ClaimTokens.End, d.Source, d.Target));
            }
        }

        for (int e = 0; e < events.Count; e++)
        {
            EventDraft denial = events[e];
            if (!denial.Pattern.Denial || denial.Source.Count == 0 || denial.Status is EventStatus.Negated or EventStatus.Conditional)
            {
                continue;
            }

            var answered = claims.Where(c => c.Event < e && SameActor(document, c.Accused, denial.Source)).ToList();
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
        }

        return claims;
    }

    /// <summary>Whether two actor lists share an entity or a state (Putin speaks for Russia).</summary>
    private static bool SameActor(Document document, List<int> a, List<int> b) =>
        a.Any(x => b.Any(y => x == y || document.Entities[x].Country is { } cx && cx == document.Entities[y].Country));
}
