using Kronika.Core;
using Kronika.Core.Text;

namespace Kronika.Polish.Events;

/// <summary>
/// Decides an event's status from the words around it: a "że"-clause under a reporting verb, hearsay
/// words, reportive "miał" make it claimed; a clause under a denial denied; a condition conditional; a
/// future tense, an intent verb or "ma" + infinitive future; "nie" before the trigger negated.
/// </summary>
internal sealed class EventStatusRules(Document document, EventTokens t, EventModality words, List<Clause> clauses, List<ActorChunk> chunks, List<int>[] subjects, List<EventDraft> events)
{
    public void Decide(EventDraft draft)
    {
        int head = draft.FirstToken;
        Clause clause = clauses[draft.Clause];
        if (draft.Pattern.Type == "THREATEN" && draft.Target.Count == 0)
        {
            WarnedOfOwnDeed(draft);
        }

        bool verbal = t.IsVerbal(head) && t.Pos(head) != "ger";
        if (Governor(draft, verbal) is { } governor
            && SetClaim(document, draft, governor.Pattern.Denial ? EventStatus.Denied : EventStatus.Claimed, governor.Pattern.Denial ? governor.Source : subjects[governor.Clause]))
        {
        }
        else if (verbal && Reporter(draft.Clause) is { } claimants && SetClaim(document, draft, EventStatus.Claimed, OrSpeaker(claimants, draft)))
        {
        }
        else if (Hearsay(clause, out List<int> according) && SetClaim(document, draft, EventStatus.Claimed, OrSpeaker(according, draft)))
        {
        }
        else if (verbal && ReportedSpeaker(draft) is { } speaker && SetClaim(document, draft, EventStatus.Claimed, speaker))
        {
        }
        else if (Reportive(head, clause))
        {
            if (!SetClaim(document, draft, EventStatus.Claimed, OrSpeaker([], draft)))
            {
                draft.Status = EventStatus.Claimed;
            }
        }
        else if (IsConditional(draft))
        {
            draft.Status = EventStatus.Conditional;
        }
        else if (Negated(head, clause))
        {
            draft.Status = EventStatus.Negated;
        }
        else if (IsFuture(head, clause) || !verbal && draft.Pattern.Type != "THREATEN" && FutureGovernor(head, clause))
        {
            draft.Status = EventStatus.Future;
        }
        else if (head + 1 < t.Forms.Length && t.Forms[head + 1] is "by" or "byśmy" or "byście" or "bym")
        {
            draft.Status = EventStatus.Hypothetical;
        }

        draft.ClaimTokens = (clause.Opener is not null && words.IsComplement(clause.Opener) ? clause.FirstToken + 1 : clause.FirstToken, clause.EndToken);
    }

    /// <summary>"ostrzegł, że Pjongjang zapłaci": a warning whose words name no target threatens the subject of its "że"-clause.</summary>
    private void WarnedOfOwnDeed(EventDraft draft)
    {
        for (int c = draft.Clause + 1; c < clauses.Count; c++)
        {
            if (clauses[c].Parent == draft.Clause && clauses[c].Opener is { } opener && (words.IsComplement(opener) || t.Forms[clauses[c].FirstToken] is "że" or "iż"))
            {
                if (chunks.FirstOrDefault(ch => clauses[c].Contains(ch.FirstToken) && ch.Preposition is null && ch.Case == "nom") is { } subject)
                {
                    // A speaker's warning of what its own state will do is aimed at others, never at itself.
                    draft.Target.AddRange(subject.Entities.Where(e => !draft.Source.Any(s => ActorSide.Same(document, s, e))));
                }

                return;
            }
        }
    }

    /// <summary>
    /// An actor's word on someone else's deed is a claim; on its own deed, or its own side's (Biden on what
    /// Washington will do, a minister on his state's aid), it is a statement of fact.
    /// </summary>
    /// <returns>False when the words are the actor's own: the other rules then decide.</returns>
    private static bool SetClaim(Document document, EventDraft draft, EventStatus status, List<int> by)
    {
        if (status == EventStatus.Claimed && by.Count > 0 && by.Any(b => draft.Source.Any(s => ActorSide.Same(document, b, s))))
        {
            return false;
        }

        draft.Status = status;
        draft.ClaimedBy.AddRange(by);
        return true;
    }

    /// <summary>
    /// The claimants the clause's own words give, else the speaker the quotation finder gave the reported words
    /// that hold the event: a subject it carried over from the sentence before (<c>Dodał, że…</c>), a body a
    /// word refers back to (<c>Według resortu…</c>), an outlet (<c>jak podała agencja…</c>).
    /// </summary>
    private List<int> OrSpeaker(List<int> claimants, EventDraft draft) =>
        claimants.Count == 0 && ReportingQuote(draft) is { Speaker: { } speaker } && !draft.Source.Any(s => ActorSide.Same(document, speaker, s))
            ? [speaker]
            : claimants;

    /// <summary>
    /// The speaker of reported words that hold the event when the quotation finder found them through a verb of
    /// reporting or a <c>według</c>-like phrase that the clause's own rules did not read (<c>Jak podała agencja
    /// Reutera, Iran dostarczył…</c>, <c>Według resortu Rosja ostrzelała…</c>), or null.
    /// </summary>
    private List<int>? ReportedSpeaker(EventDraft draft) =>
        ReportingQuote(draft) is { Speaker: { } speaker, CueLemma: { } cue } && (words.IsReport(cue) || cue is "według" or "zdaniem" or "wedle")
            ? [speaker]
            : null;

    /// <summary>The indirect quotation whose words hold the event's trigger, or null.</summary>
    private Quote? ReportingQuote(EventDraft draft)
    {
        int start = document.Tokens[draft.FirstToken].Start;
        foreach (Quote quote in document.Quotes)
        {
            if (quote.Start > start)
            {
                break;
            }

            if (!quote.Direct && start < quote.End)
            {
                return quote;
            }
        }

        return null;
    }

    /// <summary>
    /// A denial or accusation event whose "że"-clause (for a verb) or charge phrase (for a verb or noun:
    /// "oskarżył Izrael o ostrzelanie cywilów") holds this one.
    /// </summary>
    private EventDraft? Governor(EventDraft draft, bool verbal)
    {
        Clause clause = clauses[draft.Clause];
        foreach (EventDraft other in events)
        {
            if (other == draft)
            {
                continue;
            }

            bool complement = verbal && clause.Parent == other.Clause && clause.Opener is { } opener
                && (words.IsComplement(opener) || other.Pattern.Denial && words.IsDeniedContent(opener));
            // A finite verb is no charge: "oskarżył Pakistan o naruszenie i zapowiedział odpowiedź" adds a second deed.
            bool charge = other.Clause == draft.Clause && other.Pattern.Type == "ACCUSE" && other.FirstToken < draft.FirstToken && !t.IsFinite(draft.FirstToken)
                && (Enumerable.Range(other.EndToken, draft.FirstToken - other.EndToken).Any(i => t.Forms[i] is "o" or "za")
                    || !verbal && other.Pattern.RoleOf(null, "acc") == ArgumentRole.Charge && t.Case(draft.FirstToken) == "acc");
            if ((other.Pattern.Denial && complement) || (other.Pattern.Type == "ACCUSE" && (complement || charge)))
            {
                if (charge && draft.Source.Count == 0)
                {
                    draft.Source.AddRange(other.Target);
                }

                return other;
            }
        }

        return null;
    }

    /// <summary>
    /// Who claims what a "że"-clause says: the subject of the reporting verb it depends on (directly or
    /// through another dependent clause), or the genitive of a reporting noun ("twierdzenia USA, że…").
    /// </summary>
    private List<int>? Reporter(int c)
    {
        for (int child = c; clauses[child].Parent >= 0; child = clauses[child].Parent)
        {
            int parentIndex = clauses[child].Parent;
            Clause parent = clauses[parentIndex];
            if (clauses[child].Opener is not { } opener || !words.IsComplement(opener))
            {
                continue;
            }

            for (int i = parent.EndToken - 1; i >= parent.FirstToken; i--)
            {
                if (t.IsVerbal(i) && t.Pos(i) != "ger" && words.IsReport(t.Lemmas[i]))
                {
                    return subjects[parentIndex];
                }

                if (t.IsNoun(i) && words.IsReportNoun(t.Lemmas[i]) || t.Pos(i) == "ger" && words.IsReport(t.Lemmas[i]))
                {
                    return chunks.FirstOrDefault(ch => ch.FirstToken == i + 1 && ch.Preposition is null && ch.Case is "gen" or null) is { } by ? [.. by.Entities] : subjects[parentIndex];
                }
            }
        }

        return null;
    }

    /// <summary>"rzekomo", "podobno", "według doniesień", "według Waszyngtonu" (then the claimant).</summary>
    private bool Hearsay(Clause clause, out List<int> according)
    {
        according = [];
        bool hearsay = false;
        for (int i = clause.FirstToken; i < clause.EndToken; i++)
        {
            if (words.IsHearsay(t.Lemmas[i]) || words.IsHearsay(t.Forms[i]))
            {
                hearsay = true;
            }
            else if (t.Forms[i] is "według" or "zdaniem" && i + 1 < clause.EndToken)
            {
                if (chunks.FirstOrDefault(c => c.FirstToken == i + 1 || c.FirstToken == i + 2 && t.Pos(i + 1) == "adj") is { } chunk)
                {
                    according = [.. chunk.Entities];
                    hearsay = true;
                }
                else if (words.IsReportSource(t.Lemmas[i + 1]) || i + 2 < clause.EndToken && words.IsReportSource(t.Lemmas[i + 2]))
                {
                    hearsay = true;
                }
            }
        }

        return hearsay;
    }

    /// <summary>"miał dostarczyć": a past "mieć" before an infinitive reports what others say.</summary>
    private bool Reportive(int head, Clause clause) =>
        t.Pos(head) == "inf" && Before(head, clause, 3).Any(i => t.Lemmas[i] == "mieć" && t.Pos(i) == "praet");

    private bool IsConditional(EventDraft draft)
    {
        Clause clause = clauses[draft.Clause];
        if (clause.Opener is { } opener && words.IsCondition(opener))
        {
            return true;
        }

        for (int c = 0; c < clauses.Count; c++)
        {
            bool condition = clauses[c].Opener is { } o && words.IsCondition(o);
            bool consequence = Math.Abs(c - draft.Clause) == 1 && clause.Opener is null || draft.Pattern.Type == "THREATEN" && c > draft.Clause;
            if (condition && consequence)
            {
                return true;
            }
        }

        return false;
    }

    private bool Negated(int head, Clause clause) => Before(head, clause, 3).Any(i => t.Forms[i] == "nie") && !Before(head, clause, 3).Any(i => t.IsPunctuation(i));

    private bool IsFuture(int head, Clause clause)
    {
        if (t.Pos(head) == "fin" && t.Get(head, "aspect") == "perf" || t.Pos(head) == "bedzie")
        {
            return true;
        }

        IEnumerable<int> before = Before(head, clause, 4);
        if (t.Pos(head) is "inf" && before.Any(i => t.Pos(i) == "bedzie" || words.IsIntent(t.Lemmas[i]) || t.Lemmas[i] == "mieć" && t.Pos(i) == "fin"))
        {
            return true;
        }

        if (before.Any(i => t.Pos(i) == "bedzie") || before.Any(i => t.Lemmas[i] == "zamiar"))
        {
            return true;
        }

        return !t.IsVerbal(head) && Before(head, clause, 2).Any(i => words.IsPlanned(t.Lemmas[i]));
    }

    /// <summary>
    /// A noun event that is the object of a verb of the future or of announcing ("armia wznowi ofensywę",
    /// "zapowiedziała zamknięcie granicy"): it is what will be done, not what was. A threat so announced
    /// ("zapowiedział gotowość użycia siły") is made by announcing it.
    /// </summary>
    private bool FutureGovernor(int head, Clause clause)
    {
        foreach (int i in Before(head, clause, 3))
        {
            if (t.IsPunctuation(i))
            {
                return false;
            }

            if (t.Pos(i) == "fin" && t.Get(i, "aspect") == "perf" || t.Pos(i) == "bedzie" || t.IsFinite(i) && words.IsIntent(t.Lemmas[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<int> Before(int head, Clause clause, int reach)
    {
        for (int i = head - 1; i >= Math.Max(clause.FirstToken, head - reach); i--)
        {
            yield return i;
        }
    }
}
