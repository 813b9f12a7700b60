using Kronika.Core;
using Kronika.Core.Text;

namespace Kronika.Polish.Events;

/// <summary>
/// The target of a reaction whose words name no actor in the target's case: criticism of a deed is aimed
/// at the doer ("Moskwa skrytykowała dostawę" after Berlin's delivery, "potępił decyzję Waszyngtonu"), and a
/// warning or accusation told in a "że" clause at the first other actor of that clause ("ostrzegł, że
/// Waszyngton zapłaci").
/// </summary>
internal sealed partial class ImpliedTarget(Document document, EventTokens t, EventPatterns patterns, EventModality words)
{
    /// <summary>How many words after the trigger its object may begin (an adjective or two before the noun).</summary>
    private const int ObjectReach = 3;

    /// <summary>Reactions to what others did or said; the others events keep the target their frame gave them.</summary>
    private static readonly HashSet<string> Reactions = ["ACCUSE", "THREATEN", "REQUEST", "REJECT", "SUPPORT"];

    public void Fill(EventDraft draft, List<Clause> clauses, List<ActorChunk> chunks, IEnumerable<EventDraft> earlier)
    {
        if (draft.Target.Count > 0 || draft.Source.Count == 0 || !Reactions.Contains(draft.Pattern.Type) || draft.Pattern.Denial)
        {
            return;
        }

        Clause clause = clauses[draft.Clause];
        List<int> found = DoerOfObject(draft, clause, chunks, earlier) ?? ActorOfReport(draft, clauses, chunks)
            ?? (draft.Pattern.Type == "THREATEN" ? Adversary(draft, earlier) : null) ?? [];
        draft.Target.AddRange(found);
    }

    /// <summary>
    /// An attack that names no target is aimed at the state it takes place in ("operacja w Górskim Karabachu",
    /// "ostrzał na Ukrainie"): the state of its location, when the text or the knowledge base gives one.
    /// </summary>
    public void FillFromPlace(EventDraft draft)
    {
        if (draft.Target.Count > 0 || draft.Pattern.Type != "ASSAULT" || draft.Location is not { } place || document.Entities[place].Country is not { } code)
        {
            return;
        }

        int state = place;
        for (int e = 0; e < document.Entities.Length; e++)
        {
            if (document.Entities[e].Type == EntityType.Country && document.Entities[e].Country == code)
            {
                state = e;
                break;
            }
        }

        draft.Target.Add(state);
    }

    /// <summary>The actor of the deed the trigger's object names: its genitive actor, else the doer of the latest such event.</summary>
    private List<int>? DoerOfObject(EventDraft draft, Clause clause, List<ActorChunk> chunks, IEnumerable<EventDraft> earlier)
    {
        int end = Math.Min(clause.EndToken, draft.EndToken + ObjectReach);
        for (int i = draft.EndToken; i < end; i++)
        {
            if (t.IsPunctuation(i) || t.Pos(i) == "prep" || chunks.Any(c => c.FirstToken <= i && c.EndToken > i))
            {
                return null;
            }

            if (!(t.IsNoun(i) || t.Pos(i) == "ger"))
            {
                continue;
            }

            if (chunks.FirstOrDefault(c => c.FirstToken == i + 1 && c.Case == "gen" && c.Preposition is null) is { } owner
                && Others(draft, owner.Entities) is { Count: > 0 } owners)
            {
                return owners;
            }

            string? type = patterns.ForHead(t.Lemmas[i]).FirstOrDefault(p => p.Lemmas.Length == 1)?.Type;
            if (type is null)
            {
                return null;
            }

            EventDraft? deed = earlier.LastOrDefault(e => e != draft && e.Pattern.Type == type && e.FirstToken < draft.FirstToken && Others(draft, e.Source).Count > 0);
            return deed is null ? null : Others(draft, deed.Source);
        }

        return null;
    }

    /// <summary>Hostile deeds: a threat that names no one answers the latest of them aimed at its side.</summary>
    private static readonly HashSet<string> Hostile = ["ACCUSE", "THREATEN", "SANCTION", "ASSAULT", "COERCE", "REJECT"];

    /// <summary>
    /// Whom a threat that names no one is aimed at: whom its side last accused or threatened ("Oskarżył
    /// Zachód o szantaż… zapowiadając gotowość użycia środków"), else whoever last acted against its side
    /// ("UE przyjęła sankcje wobec Rosji… zapowiedziała twardą odpowiedź"), else whoever of another side
    /// acted last: the threat answers the news ("Finlandia przekazała
    /// dokument akcesyjny… Moskwa zapowiedziała środki odwetowe").
    /// </summary>
    private List<int>? Adversary(EventDraft draft, IEnumerable<EventDraft> earlier)
    {
        List<EventDraft> before = [.. earlier.Where(e => e != draft && e.FirstToken < draft.FirstToken)];
        bool OwnSide(List<int> actors) => actors.Any(a => draft.Source.Any(s => ActorSide.Same(document, s, a)));
        if (before.LastOrDefault(e => e.Pattern.Type is "ACCUSE" or "THREATEN" && OwnSide(e.Source) && Others(draft, e.Target).Count > 0) is { } own)
        {
            return Others(draft, own.Target);
        }

        EventDraft? deed = before.LastOrDefault(e => Hostile.Contains(e.Pattern.Type) && OwnSide(e.Target) && Others(draft, e.Source).Count > 0)
            ?? before.LastOrDefault(e => Others(draft, e.Source).Count > 0);
        return deed is null ? null : Others(draft, deed.Source);
    }

    /// <summary>The first actor other than the speaker in the "że" clause that hangs on the trigger's clause.</summary>
    private List<int>? ActorOfReport(EventDraft draft, List<Clause> clauses, List<ActorChunk> chunks)
    {
        int report = clauses.FindIndex(c => c.Parent == draft.Clause && c.Opener is { } opener && words.IsComplement(opener));
        if (report < 0)
        {
            return null;
        }

        for (int c = report; c < clauses.Count && (c == report || clauses[c].Parent >= report); c++)
        {
            foreach (ActorChunk chunk in chunks.Where(k => clauses[c].Contains(k.FirstToken)))
            {
                if (Others(draft, chunk.Entities) is { Count: > 0 } others)
                {
                    return others;
                }
            }
        }

        return null;
    }

    /// <summary>The actors of <paramref name="entities"/> that are not places and do not stand for the draft's own side.</summary>
    private List<int> Others(EventDraft draft, IEnumerable<int> entities) =>
        [.. entities.Where(e => document.Entities[e].Type != EntityType.Location
            && !draft.Source.Any(s => ActorSide.Same(document, s, e)))];
}
