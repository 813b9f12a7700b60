using Kronika.Core;
using Kronika.Core.Text;

namespace Kronika.Polish.Events;

/// <summary>
/// The arguments an event's own words leave out but the story gives: the two sides of the last two-sided
/// event for "strony", the doer of the act a reaction's object names ("Operację wsparły Australia i
/// Kanada", "Rosja tę propozycję odrzuciła"), the target of the earlier event of the same kind ("Podobny
/// apel wystosowała Brazylia"), and for an attack, a coercion or a denial that names no one, the side its
/// actor last stood against.
/// </summary>
internal sealed class DiscourseTarget(Document document, EventTokens t, EventPatterns patterns, DiscourseWords words)
{
    /// <summary>Reactions: their object may name the act they answer.</summary>
    private static readonly HashSet<string> Reactions = ["ACCUSE", "THREATEN", "REQUEST", "REJECT", "SUPPORT"];

    /// <summary>Acts against an adversary: one that names no one is aimed at whom its side last stood against.</summary>
    private static readonly HashSet<string> AgainstAdversary = ["ASSAULT", "COERCE"];

    /// <summary>Events that set two sides against each other, a ceasefire or a release between them included.</summary>
    private static readonly HashSet<string> Hostile = ["ASSAULT", "COERCE", "SANCTION", "THREATEN", "ACCUSE", "REJECT", "RETREAT"];

    /// <summary>
    /// "strony uzgodniły wymianę": a plural subject that is the parties of a two-sided event told before makes
    /// them the actors; true when it did.
    /// </summary>
    public bool PartiesAsSubject(EventDraft draft, int head, Clause clause, IEnumerable<EventDraft> earlier)
    {
        if (t.Get(head, "number") != "pl" || !t.IsVerbal(head) || t.Pos(head) == "ger")
        {
            return false;
        }

        bool parties = false;
        for (int i = clause.FirstToken; i < head && !parties; i++)
        {
            parties = t.IsNoun(i) && words.IsParties(t.Lemmas[i]) && t.PossibleCases(i).Contains("nom") && (i == 0 || t.Pos(i - 1) != "prep");
        }

        if (!parties || earlier.LastOrDefault(e => e.Pattern.Reciprocal && e.Source.Count > 0 && e.Target.Count > 0 && e.FirstToken < draft.FirstToken) is not { } twoSided)
        {
            return false;
        }

        List<int> both = [.. twoSided.Source.Union(twoSided.Target)];
        draft.Source.Clear();
        draft.Source.AddRange(both);
        draft.Target.Clear();
        if (draft.Pattern.Reciprocal)
        {
            draft.Target.AddRange(both);
        }

        return true;
    }

    /// <param name="told">The events of the sentences before.</param>
    /// <param name="sentence">The events of the draft's own sentence.</param>
    public void Fill(EventDraft draft, Clause clause, List<ActorChunk> chunks, List<EventDraft> told, List<EventDraft> sentence)
    {
        if (draft.Target.Count > 0 || draft.Source.Count == 0 || draft.Pattern.Type == "STATEMENT" || draft.Pattern.Denial)
        {
            // A denial answers a claim or an accusation: the claim linker finds it first (FillDenial).
            return;
        }

        int head = draft.Head;
        List<EventDraft> earlier = [.. told, .. sentence.Where(e => e.FirstToken < draft.FirstToken).OrderBy(e => e.FirstToken)];

        List<int>? found = (draft.Pattern.Cameo == Mediation ? Mediated(draft, earlier) : null)
            ?? (Reactions.Contains(draft.Pattern.Type) ? DoerOfObject(draft, head, clause, chunks, earlier) : null)
            ?? SameKind(draft, head, clause, earlier)
            ?? (AgainstAdversary.Contains(draft.Pattern.Type) ? Adversary(draft, earlier) : null);
        if (found is { Count: > 0 })
        {
            draft.Target.AddRange(found);
        }
    }

    /// <summary>CAMEO's code for mediation: the mediator acts between two sides.</summary>
    private const string Mediation = "045";

    /// <summary>
    /// "zawieszenie broni wynegocjowane za pośrednictwem rosyjskiego kontyngentu": mediation that names no sides is
    /// aimed at the actors of the act it brought about, the latest one told in its sentence.
    /// </summary>
    private List<int>? Mediated(EventDraft draft, List<EventDraft> earlier) =>
        earlier.LastOrDefault(e => e.Sentence == draft.Sentence && e != draft) is { } act && Others(draft, act.Source.Union(act.Target)) is { Count: > 0 } sides
            ? sides : null;

    /// <summary>
    /// A denial that answers no claim and no accusation told ("Rzeczniczka MSZ Rosji zaprzeczyła, by Rosja miała
    /// związek z pożarem") is aimed at the side its actor last stood against.
    /// </summary>
    /// <param name="drafts">The document's events in text order.</param>
    public void FillDenial(EventDraft denial, List<EventDraft> drafts)
    {
        if (denial.Pattern.Denial && denial.Target.Count == 0 && denial.Source.Count > 0
            && Adversary(denial, [.. drafts.Where(e => e.FirstToken < denial.FirstToken)]) is { Count: > 0 } adversary)
        {
            denial.Target.AddRange(adversary);
        }
    }

    /// <summary>
    /// The bare accusative object of the clause, before or after the verb, that names an act: one of a kind the
    /// patterns know ("operację", "przyjęcie pakietu") is the latest such act of another side; an act named
    /// vaguely ("propozycję") or pointed back at ("te wyniki") is the latest act of another side.
    /// </summary>
    private List<int>? DoerOfObject(EventDraft draft, int head, Clause clause, List<ActorChunk> chunks, List<EventDraft> earlier)
    {
        int previous = -2;
        for (int i = clause.FirstToken; i < clause.EndToken; i++)
        {
            if (i == head || !(t.IsNoun(i) || t.Pos(i) == "ger") || chunks.Any(c => c.FirstToken <= i && c.EndToken > i))
            {
                continue;
            }

            // The object: a bare accusative, a phrase of a preposition the frame takes ("naciskał na przedłużenie"), or the
            // genitive after such a noun that names no act itself ("przedłużenie rozejmu").
            bool bare = t.Case(i) == "acc" && Preposition(i) is null;
            bool framed = Preposition(i) is { } p && t.Case(i) is { } c && draft.Pattern.RoleOf(p, c) == ArgumentRole.Target;
            if (!(bare || framed || t.Case(i) == "gen" && previous == i - 1))
            {
                continue;
            }

            EventPattern[] kinds = [.. KindsAt(i)];
            string[] types = [.. kinds.Select(k => k.Type).Distinct()];
            if (types.Contains(draft.Pattern.Type))
            {
                // "wyrazić poparcie": the noun is the event itself.
                continue;
            }

            // "rozejmu" names a ceasefire, not any retreat: the latest act of its own code, else of its type.
            bool vague = words.IsDeed(t.Lemmas[i]) || i > 0 && words.IsBack(t.Lemmas[i - 1]);
            EventDraft? deed = earlier.LastOrDefault(e => kinds.Any(k => k.Cameo == e.Pattern.Cameo) && Others(draft, Doers(e)).Count > 0)
                ?? earlier.LastOrDefault(e => (types.Length == 1 && e.Pattern.Type == types[0] || types.Length == 0 && vague) && Others(draft, Doers(e)).Count > 0);
            if (deed is not null)
            {
                return Others(draft, Doers(deed));
            }

            if (types.Length > 0 || vague)
            {
                return null;
            }

            previous = i;
        }

        return null;
    }

    /// <summary>The patterns a noun heads whose other words stand near it: the kinds of act it names.</summary>
    private IEnumerable<EventPattern> KindsAt(int i) =>
        patterns.ForHead(t.Lemmas[i])
            .Where(p => p.Lemmas.Skip(1).All(w => Enumerable.Range(Math.Max(0, i - 4), Math.Min(t.Lemmas.Length, i + 5) - Math.Max(0, i - 4)).Any(j => j != i && t.CanBe(j, w))));

    /// <summary>The preposition a noun stands after (past its adjectives and numerals), as the frames spell it, or null.</summary>
    private string? Preposition(int i)
    {
        int before = i - 1;
        while (before >= 0 && t.Pos(before) is "adj" or "num")
        {
            before--;
        }

        return before >= 0 && t.Pos(before) == "prep" ? t.Preposition(before) : null;
    }

    /// <summary>Who did an act: its actors, and for a two-sided one both sides.</summary>
    private static IEnumerable<int> Doers(EventDraft e) => e.Pattern.Reciprocal ? e.Source.Union(e.Target) : e.Source;

    /// <summary>
    /// "Podobny apel wystosowały Brazylia i Meksyk", "Poprzednie manewry chińskie wojsko przeprowadziło": another
    /// event of a kind told before, marked as such, has the earlier one's target.
    /// </summary>
    private List<int>? SameKind(EventDraft draft, int head, Clause clause, List<EventDraft> earlier)
    {
        bool marked = false;
        for (int i = Math.Max(clause.FirstToken, draft.FirstToken - 2); i < Math.Min(clause.EndToken, draft.EndToken) && !marked; i++)
        {
            marked = i != head && words.IsSame(t.Lemmas[i]);
        }

        if (!marked)
        {
            return null;
        }

        EventDraft? told = earlier.LastOrDefault(e => e.Pattern.Type == draft.Pattern.Type && Others(draft, e.Target).Count > 0);
        return told is null ? null : Others(draft, told.Target);
    }

    /// <summary>The other side of the latest hostile event its actor's side took part in, on either side.</summary>
    private List<int>? Adversary(EventDraft draft, List<EventDraft> earlier)
    {
        bool OwnSide(IEnumerable<int> actors) => actors.Any(a => draft.Source.Any(s => SameSide(s, a)));
        for (int k = earlier.Count - 1; k >= 0; k--)
        {
            EventDraft e = earlier[k];
            if (!Hostile.Contains(e.Pattern.Type) || e.Pattern.Type == "ACCUSE" && e.Sentence == draft.Sentence)
            {
                // "Litwa zarzuca Białorusi ostrzelanie granicy": the accuser claims the deed, it need not be its victim.
                continue;
            }

            List<int> others = OwnSide(e.Source) ? Others(draft, e.Target) : OwnSide(e.Target) ? Others(draft, e.Source) : [];
            if (others.Count > 0)
            {
                return others;
            }
        }

        return null;
    }

    /// <summary>The actors of <paramref name="entities"/> that are not places and do not stand for the draft's own side.</summary>
    private List<int> Others(EventDraft draft, IEnumerable<int> entities) =>
        [.. entities.Where(e => document.Entities[e].Type != EntityType.Location && !draft.Source.Any(s => SameSide(s, e))).Distinct()];

    /// <summary>
    /// Two actors on one side: of one state (Putin and Moscow) and of one camp in it: the opposition, rebels and
    /// protesters stand against their own state's authorities ("policja zatrzymała demonstrantów").
    /// </summary>
    private bool SameSide(int a, int b) => ActorSide.Same(document, a, b) && Dissident(a) == Dissident(b);

    private bool Dissident(int entity) => document.Entities[entity].Actor is { Length: > 3 } actor && words.IsDissident(actor[3..]);
}
