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

        var answeredAccusations = new HashSet<int>();
        for (int e = 0; e < events.Count; e++)
        {
            EventDraft denial = events[e];
            if (!denial.Pattern.Denial || denial.Source.Count == 0 || denial.Status is EventStatus.Negated or EventStatus.Conditional)
            {
                continue;
            }

            var answered = claims.Where(c => Before(events, c.Event, e) && SameActor(document, c.Accused, denial.Source)).ToList();
            // A denial that names a claim and whose doer was accused of nothing answers the latest claim, unless an
            // accusation aimed at the denier came after it: "Mińsk odpiera zarzuty" answers Lithuania's charge, not
            // the claim about China two paragraphs before.
            // Nor does it answer a claim another denial has answered already.
            if (answered.Count == 0 && denial.RefersToClaim && claims.LastOrDefault(c => c.Event < e) is { Denial: null } latest
                && Near(document, events, latest.Event, e) && AccusationOfDenier(document, events, e) <= latest.Event)
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

            if (denial.Target.Count == 0 && Accusation(document, events, e, answeredAccusations) is int accusation)
            {
                denial.Target.AddRange(events[accusation].Source.Where(s => !denial.Source.Contains(s)));
                answeredAccusations.Add(accusation);
            }
        }

        return claims;
    }

    /// <summary>
    /// Whether an earlier event is close enough to a denial that names no one for the denial to answer it: in
    /// its paragraph, or in the sentence just before (further back, the words deny something the text did not code).
    /// </summary>
    private static bool Near(Document document, List<EventDraft> events, int earlier, int denial)
    {
        int from = events[earlier].Sentence, to = events[denial].Sentence;
        return to - from <= 1 || document.Paragraphs.Any(p => p.FirstSentence <= from && to < p.FirstSentence + p.SentenceCount);
    }

    /// <summary>A claim told before the denial, or in the same sentence ("zaprzecza, choć USA twierdzą, że…").</summary>
    private static bool Before(List<EventDraft> events, int claim, int denial) =>
        claim < denial || events[claim].Sentence == events[denial].Sentence;

    /// <summary>The index of the latest accusation before the denial aimed at the denier, or -1.</summary>
    private static int AccusationOfDenier(Document document, List<EventDraft> events, int denial)
    {
        for (int e = denial - 1; e >= 0; e--)
        {
            if (IsAllegation(events[e]) && SameActor(document, events[e].Target, events[denial].Source))
            {
                return e;
            }
        }

        return -1;
    }

    private static bool IsAllegation(EventDraft d) => d.Pattern.Type == "ACCUSE" && d.Pattern.Mode == "allege";

    /// <summary>
    /// The latest accusation before the denial aimed at the denier, or, when the denial names a claim, the latest
    /// that no other denial has answered; its index, or null.
    /// </summary>
    private static int? Accusation(Document document, List<EventDraft> events, int denial, HashSet<int> answered)
    {
        if (AccusationOfDenier(document, events, denial) is int aimed and >= 0)
        {
            return aimed;
        }

        if (!events[denial].RefersToClaim)
        {
            return null;
        }

        for (int e = denial - 1; e >= 0; e--)
        {
            if (IsAllegation(events[e]) && !answered.Contains(e) && Near(document, events, e, denial))
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>Whether two actor lists share an entity or a state (Putin speaks for Russia).</summary>
    private static bool SameActor(Document document, List<int> a, List<int> b) =>
        a.Any(x => b.Any(y => x == y || document.Entities[x].Country is { } cx && cx == document.Entities[y].Country));
}
