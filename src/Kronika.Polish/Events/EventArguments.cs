using Kronika.Core;
using Kronika.Core.Text;

namespace Kronika.Polish.Events;

/// <summary>
/// Fills an event's source, target and place from the actor phrases of its clause, by case and
/// preposition as the pattern's frame says, never by word order: the nominative is the subject, in the
/// passive the agent after <c>przez</c>, and a gerund or noun takes its actor in the genitive.
/// </summary>
internal sealed class EventArguments(Document document, EventTokens t, EventModality words, DiscourseWords discourse)
{
    /// <summary>How far after a noun trigger its arguments may stand, in tokens.</summary>
    private const int NounReach = 8;

    /// <summary>The actor phrases of the sentence being filled.</summary>
    private List<ActorChunk> _chunks = [];

    /// <summary>Fills the draft; false when it has no actor at all (then it is no event).</summary>
    /// <param name="clauseHasEvent">An event was found before in the clause: a noun after it is its content ("traktat o pomocy"), not an event of the subject's.</param>
    public bool Fill(EventDraft draft, int head, Clause clause, List<ActorChunk> chunks, List<int> clauseSubject, bool clauseHasEvent)
    {
        _chunks = chunks;
        EventPattern pattern = draft.Pattern;
        bool verbPattern = pattern.IsVerbal;
        bool nominal = !verbPattern || t.Pos(head) == "ger";
        bool passive = t.Pos(head) == "ppas" && (Enumerable.Range(clause.FirstToken, clause.EndToken - clause.FirstToken).Any(i => t.Lemmas[i] is "zostać" or "być")
            || head + 1 < clause.EndToken && t.Forms[head + 1] == "przez");
        bool impersonal = t.Pos(head) == "imps";
        int reach = nominal ? clause.EndToken : PredicateEnd(Math.Max(head + 1, draft.EndToken), clause);
        int previousVerb = nominal ? -1 : PreviousVerb(head, clause);
        (int Token, string? Preposition)? relative = nominal ? null : clause.ObjectPronoun(t);
        ActorChunk? subject = nominal || passive || impersonal ? null : ChooseSubject(head, clause, chunks, relative is null ? clauseSubject : [], reach);
        foreach (ActorChunk chunk in chunks)
        {
            if (!clause.Contains(chunk.FirstToken) || chunk.FirstToken >= reach
                || previousVerb >= 0 && chunk.FirstToken > previousVerb && chunk.FirstToken < head && chunk != subject && !chunk.IsNominative(t, words))
            {
                // Between an earlier verb and the trigger stand that verb's phrases, and the trigger's own subject at most.
                continue;
            }

            bool coversTrigger = chunk.FirstToken <= head && chunk.EndToken > head;
            if (coversTrigger && !(nominal && chunk.FirstToken < head))
            {
                continue;
            }

            ArgumentRole? role = nominal ? NominalRole(pattern, verbPattern, chunk, head, Math.Max(head + 1, draft.EndToken))
                : chunk == subject ? pattern.RoleOf(null, FrameSlot.Subject) ?? ArgumentRole.Source
                : TriggerNounRole(pattern, chunk, head, draft.EndToken) ?? VerbRole(pattern, passive, chunk, head, subject);
            if (role is { } r)
            {
                Assign(draft, r, chunk);
            }

            if (chunk.Preposition is "w" or "we" or "na" && chunk.Case == "loc" && draft.Location is null && PlaceOf(chunk) is { } place)
            {
                draft.Location = place;
            }
        }

        if (pattern.Denial)
        {
            draft.RefersToClaim |= Enumerable.Range(head + 1, Math.Max(0, clause.EndToken - head - 1)).Any(i => words.IsClaimNoun(t.Lemmas[i]) && t.Case(i) is "dat" or "acc" or "gen");
        }

        if (relative is { } pronoun && Antecedent(clause, chunks) is { } antecedent && ActorRole(PronounRole(pattern, pronoun, antecedent)) is { } pronounRole)
        {
            // "Armenia, którą zaatakował Azerbejdżan", "państwa, z którymi podpisała umowy": the antecedent stands in the pronoun's slot.
            Assign(draft, pronounRole, antecedent);
            if (draft.Source.Count == 0 && subject is null)
            {
                return draft.Target.Count > 0;
            }
        }

        bool ownSubject = HasNominativeNoun(clause, chunks, head);
        if (draft.Source.Count == 0 && !passive && !impersonal
            && (verbPattern && !nominal && !ownSubject || nominal && !clauseHasEvent && IsBareObject(head) && HasNominative(clause, chunks)))
        {
            // A dropped subject continues the actor before it; a noun event ("rozpoczął wizytę") belongs to its clause's subject.
            draft.Source.AddRange(clauseSubject);
        }

        draft.Target.RemoveAll(draft.Source.Contains);
        if (pattern.Reciprocal && (draft.Target.Count > 0 || draft.Source.Count >= 2))
        {
            // Talks, treaties, cooperation: PLOVER's reciprocal actors stand on both sides.
            List<int> both = [.. draft.Source.Union(draft.Target)];
            draft.Source.Clear();
            draft.Source.AddRange(both);
            draft.Target.Clear();
            draft.Target.AddRange(both);
        }

        return draft.Source.Count > 0 || draft.Target.Count > 0;
    }

    /// <summary>
    /// Where the trigger's own predicate ends: at the next verb of the clause, once the trigger has a phrase of its own
    /// ("potępił prowokację i zapewnił o solidarności Berlina": Berlin belongs to the second verb); a verb right after
    /// the trigger and its conjunction shares what follows ("potępił i skrytykował Rosję").
    /// </summary>
    private int PredicateEnd(int triggerEnd, Clause clause)
    {
        bool own = false;
        for (int i = triggerEnd; i < clause.EndToken; i++)
        {
            if (own && t.IsFinite(i) && t.Lemmas[i] is not ("być" or "zostać"))
            {
                return i;
            }

            own |= t.IsNoun(i) || t.Pos(i) == "ger" || IsActorToken(i);
        }

        return clause.EndToken;
    }

    /// <summary>The verb of the clause before the trigger whose phrases come between them, or -1 ("potępił prowokację i zapewnił…").</summary>
    private int PreviousVerb(int head, Clause clause)
    {
        for (int i = head - 1; i >= clause.FirstToken; i--)
        {
            if (t.IsFinite(i) && t.Lemmas[i] is not ("być" or "zostać"))
            {
                return i;
            }
        }

        return -1;
    }

    private static ArgumentRole? ActorRole(ArgumentRole? role) => role is ArgumentRole.Target or ArgumentRole.Destination ? role : null;

    /// <summary>The preposition (and its case) of the phrase a genitive hangs on, through a chain of genitive nouns and adjectives.</summary>
    /// <param name="stopAt">A noun trigger the chain must not pass: "decyzję o zamknięciu konsulatu Rosji" is the trigger's own genitive.</param>
    private (string Preposition, string Case)? EnclosingPreposition(ActorChunk chunk, int stopAt = -1)
    {
        if (chunk.Governor < 0 || chunk.Case is not ("gen" or null) || InTimeExpression(chunk.Governor))
        {
            // "w nocy rosyjskiego drona": a genitive after a phrase of time does not hang on it.
            return null;
        }

        for (int i = chunk.Governor; i >= Math.Max(0, chunk.Governor - 6) && i != stopAt; i--)
        {
            if (t.Pos(i) == "prep")
            {
                return t.Case(i + 1) is { } c ? (t.Preposition(i)!, c) : null;
            }

            if (!(t.IsNoun(i) || t.Pos(i) is "adj" or "ger") || _chunks.Any(c => c.FirstToken <= i && c.EndToken > i)
                || t.IsNoun(i) && t.Case(i) != "gen" && !(i > 0 && t.Pos(i - 1) == "prep" && !InTimeExpression(i)))
            {
                // Only a chain of genitives leads back to the preposition's own noun: "w środę delegację Iranu" is no
                // phrase of "w", "na działalność konsulatu Rosji" is one of "na".
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether a token lies in a time expression ("we wtorek"): a phrase of time is no argument's phrase.</summary>
    private bool InTimeExpression(int token)
    {
        int start = document.Tokens[token].Start;
        foreach (TimeExpression time in document.Times)
        {
            if (time.Start <= start && start < time.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The frame's role for the slot a relative pronoun stands in: by its preposition and case, else by its bare case.</summary>
    private ArgumentRole? PronounRole(EventPattern pattern, (int Token, string? Preposition) pronoun, ActorChunk antecedent) =>
        t.Case(pronoun.Token) is not { } @case ? null
        : pronoun.Preposition is { } preposition ? PrepositionRole(pattern, antecedent with { Case = @case, Head = pronoun.Token }, preposition)
        : pattern.RoleOf(null, @case);

    /// <summary>The actor phrase a relative clause follows ("Armenia, którą…"), in the same sentence, or null.</summary>
    private static ActorChunk? Antecedent(Clause clause, List<ActorChunk> chunks)
    {
        int comma = clause.FirstToken - 1;
        return chunks.LastOrDefault(c => c.EndToken <= comma && c.EndToken >= comma - 1);
    }

    /// <summary>A nominative noun before the trigger that names no actor ("porozumienie wzywa"): the clause has its own subject.</summary>
    private bool HasNominativeNoun(Clause clause, List<ActorChunk> chunks, int head)
    {
        for (int i = clause.FirstToken; i < head; i++)
        {
            if (t.IsNoun(i) && (t.Case(i) == "nom" || MayBeSubject(i, head)) && !chunks.Any(c => c.FirstToken <= i && c.EndToken > i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "tysiące zwolenników junty protestowały": a plural noun before a plural verb, read as accusative, that can be
    /// nominative, not after a preposition nor in a time phrase: the clause's own subject.
    /// </summary>
    private bool MayBeSubject(int noun, int verb) =>
        t.Case(noun) == "acc" && t.Get(verb, "number") == "pl" && t.IsFinite(verb) && (noun == 0 || t.Pos(noun - 1) != "prep")
        && !InTimeExpression(noun) && NounAgrees(verb, noun) && AccusativeMayBeNominative(noun);

    /// <summary>
    /// A noun in the accusative, not after a preposition: the object of its clause's verb ("rozpoczęła
    /// inwazję"); or a genitive that counts out such an object ("przyjęła pakiet sankcji", "serię ataków").
    /// </summary>
    private bool IsBareObject(int head)
    {
        int before = head - 1;
        while (before >= 0 && t.Pos(before) == "adj")
        {
            before--;
        }

        return t.Case(head) switch
        {
            "acc" => before < 0 || t.Pos(before) != "prep",
            // "dokonała inwazji", "udzieliła pomocy": the genitive object of a verb that takes one.
            "gen" => before >= 0 && (before == head - 1 && t.IsNoun(before) && IsBareObject(before) || IsActiveVerb(before)),
            // "odbył rozmowy", "ogłosiła embargo": a noun read as nominative right after a verb it does not agree with,
            // and that can be accusative, is the verb's object.
            "nom" => before >= 0 && IsActiveVerb(before) && !NounAgrees(before, head) && t.PossibleCases(head).Contains("acc"),
            // "ogłosił decyzję o cofnięciu zgody": what a decision the subject announces is about is the subject's act.
            "loc" => before > 0 && t.Forms[before] is "o" && t.IsNoun(before - 1) && discourse.IsDecision(t.Lemmas[before - 1]) && IsBareObject(before - 1),
            // "odpowiedziała ostrzałem", "zareagował blokadą": the bare instrumental right after an active verb is the means its subject acts by.
            "inst" => before >= 0 && IsActiveVerb(before),
            _ => false,
        };
    }

    /// <summary>A finite verb that is not the copula or the passive's auxiliary.</summary>
    private bool IsActiveVerb(int i) => t.IsFinite(i) && t.Lemmas[i] is not ("być" or "zostać" or "stać");

    /// <summary>Number and, in the singular, gender agreement of a verb with a noun; true when either is unknown.</summary>
    private bool NounAgrees(int verb, int noun)
    {
        if (t.Get(verb, "number") is not { } number || t.Get(noun, "number") is not { } own)
        {
            return true;
        }

        return number == own && (number == "pl" || t.Get(verb, "gender") is not { } gender || t.Get(noun, "gender") is not { } nounGender
            || GenderGroup(gender) == GenderGroup(nounGender));
    }

    private bool HasNominative(Clause clause, List<ActorChunk> chunks) =>
        chunks.Any(c => clause.Contains(c.FirstToken) && c.IsNominative(t, words));

    /// <summary>
    /// The subject: a nominative phrase (or a genitive hanging on a nominative noun: "parlament Szwecji")
    /// that agrees with the verb in number and gender; of equals, the one before the verb, as Polish
    /// reads a sentence whose cases do not tell subject from object.
    /// </summary>
    /// <remarks>
    /// A lone phrase after the verb that could as well be accusative ("jeśli zaatakuje Izrael") is the
    /// object when the clause continues an actor named before.
    /// </remarks>
    private ActorChunk? ChooseSubject(int head, Clause clause, List<ActorChunk> chunks, List<int> carried, int reach)
    {
        ActorChunk? best = null;
        int bestScore = int.MinValue;
        foreach (ActorChunk chunk in chunks)
        {
            if (!clause.Contains(chunk.FirstToken) || chunk.FirstToken >= reach || chunk.Preposition is not null || chunk.FirstToken <= head && chunk.EndToken > head)
            {
                continue;
            }

            bool nominative = chunk.IsNominative(t, words) || chunk.Case is null && (chunk.EndToken <= head || ObjectBefore(head, clause));
            bool syncretic = !nominative && MayBeNominative(chunk, head, clause, chunks);
            if (!(nominative || syncretic) || chunk.FirstToken > head && MayBeObject(chunk, carried) && !ObjectBefore(head, clause))
            {
                continue;
            }

            // A phrase the tagger read as accusative that can be nominative and agrees with the verb ("francuskie i
            // chińskie firmy podpisały") is the subject only when no phrase read as nominative is.
            int score = ((Agrees(head, chunk) ? 4 : 0) + (chunk.EndToken <= head ? 2 : 0) - (syncretic ? 8 : 0)) * 1000 - Math.Abs(chunk.FirstToken - head);
            if (score > bestScore)
            {
                (best, bestScore) = (chunk, score);
            }
        }

        return best;
    }

    /// <summary>
    /// "Przyjęcie pakietu blokowały Węgry": a bare accusative noun that names no actor stands before the verb as its
    /// object, so the phrase after the verb that could be either is the subject.
    /// </summary>
    private bool ObjectBefore(int head, Clause clause)
    {
        for (int i = head - 1; i >= clause.FirstToken && !t.IsFinite(i); i--)
        {
            // "Przyjęcie rezolucji zablokowały": a neuter singular read as nominative before a plural verb is its object.
            bool accusative = t.Case(i) == "acc" || t.PossibleCases(i).Contains("acc") && t.Get(i, "number") is { } n && n != t.Get(head, "number");
            if ((t.IsNoun(i) || t.Pos(i) == "ger") && accusative && !IsActorToken(i) && (i == 0 || t.Pos(i - 1) != "prep"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A phrase read as accusative whose word is also nominative and that agrees with the verb in number and gender:
    /// nominative and accusative plurals of most nouns look alike, and so do the singulars of feminine nouns in a
    /// consonant ("Białoruś", "Rada") and of inanimate masculines. It may be the subject before the verb when both are
    /// plural, or anywhere when another phrase of the clause is an accusative that cannot be nominative
    /// ("Litwę zaatakowała Białoruś": Litwę is the object, so Białoruś is the subject).
    /// </summary>
    private bool MayBeNominative(ActorChunk chunk, int verb, Clause clause, List<ActorChunk> chunks) =>
        chunk.Preposition is null && chunk.Case == "acc" && chunk.Head >= 0 && t.Get(verb, "number") is { } number && Agrees(verb, chunk)
        && AccusativeMayBeNominative(chunk.Head)
        && (chunk.Plural && number == "pl" && chunk.EndToken <= verb || HasPlainObject(clause, chunks, chunk));

    /// <summary>
    /// An accusative that the nominative looks like: so the dictionary says, or, for a word it does not know ("drony"),
    /// Polish declension does: every plural but the masculine personal, and the neuter and inanimate masculine singular.
    /// </summary>
    private bool AccusativeMayBeNominative(int word) =>
        t.PossibleCases(word).Contains("nom")
        || !t.PossibleCases(word).Any() && t.Get(word, "gender") is { } gender
            && (t.Get(word, "number") == "pl" ? gender != "m1" : gender is "n" or "n1" or "n2" or "m3");

    /// <summary>Another bare phrase of the clause in the accusative that has no nominative reading.</summary>
    private bool HasPlainObject(Clause clause, List<ActorChunk> chunks, ActorChunk other)
    {
        foreach (ActorChunk chunk in chunks)
        {
            if (chunk != other && clause.Contains(chunk.FirstToken) && chunk.Preposition is null && chunk.Case == "acc" && chunk.Head >= 0
                && !AccusativeMayBeNominative(chunk.Head))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A nominative after the verb whose word is also accusative, in a clause that continues another actor.</summary>
    public bool MayBeObject(ActorChunk chunk, List<int> carried) =>
        carried.Count > 0 && !chunk.Entities.Any(carried.Contains) && chunk.Case == "nom" && chunk.Head >= 0 && t.PossibleCases(chunk.Head).Contains("acc");

    /// <summary>Number and, in the singular, gender agreement of a verb with a phrase; true when either is unknown.</summary>
    private bool Agrees(int verb, ActorChunk chunk)
    {
        if (t.Get(verb, "number") is not { } number || chunk.Head < 0)
        {
            return true;
        }

        if ((number == "pl") != chunk.Plural)
        {
            return false;
        }

        return number == "pl" || t.Get(verb, "gender") is not { } gender || t.Get(chunk.Head, "gender") is not { } own || GenderGroup(gender) == GenderGroup(own);
    }

    private static char GenderGroup(string gender) => gender[0];

    /// <summary>
    /// The role of a phrase that is not the subject: by its preposition and case, else by another case its
    /// word can have ("Rosji" is genitive, dative or locative), else by the case of the noun it hangs on.
    /// </summary>
    private ArgumentRole? VerbRole(EventPattern pattern, bool passive, ActorChunk chunk, int head, ActorChunk? subject)
    {
        if (passive && chunk.Preposition is null && chunk.Case == "nom")
        {
            return OwnerByAdjective(pattern, chunk, pattern.RoleOf(null, "acc"));
        }

        if (passive && chunk.Preposition == "przez")
        {
            return ArgumentRole.Source;
        }

        if (chunk.Preposition is { } preposition)
        {
            return PrepositionRole(pattern, chunk, preposition);
        }

        if (EnclosingPreposition(chunk) is { } enclosing)
        {
            // "poparcie dla polityki Rosji": a genitive inside a prepositional phrase is what that phrase is about;
            // inside a phrase the frame has no place for ("według portalu OWD-Info") it is no argument.
            return ActorRole(pattern.RoleOf(enclosing.Preposition, enclosing.Case));
        }

        int governor = chunk.Governor >= 0 ? chunk.Governor : chunk.FirstToken - 1;
        if (chunk.FirstToken < head && chunk.Case is "gen" or null && governor >= 0 && t.IsNoun(governor) && t.Case(governor) == "nom")
        {
            // "Rzecznik chińskiego MSZ Wang Wenbin ostrzegł": a phrase before the verb hanging on the subject's noun is its attribute.
            return null;
        }

        if (chunk.Case is null)
        {
            return FirstBareRole(pattern, chunk);
        }

        if (OwnerOfObject(pattern, chunk))
        {
            // "akcesję Finlandii ratyfikowała Turcja": whose the object is, the act is aimed at.
            return ArgumentRole.Target;
        }

        // A second nominative beside the subject is an inanimate accusative that looks the same ("ostrzegł Pjongjang").
        // Before the verb, a nominative-looking phrase is the object only when agreement says the subject is another ("Izrael skrytykowała Hiszpania").
        if (chunk.Case == "nom" && chunk.FirstToken < head && !(subject is not null && Agrees(head, subject) && !Agrees(head, chunk)))
        {
            return null;
        }

        IEnumerable<string> cases = [chunk.Case == "nom" ? "acc" : chunk.Case, .. chunk.Head >= 0 ? t.PossibleCases(chunk.Head) : []];
        if (chunk.Case == "gen" && chunk.FirstToken > head && (chunk.Governor < 0 || InTimeExpression(chunk.Governor)) && pattern.RoleOf(null, "gen") is null)
        {
            // "nie zaatakowali Litwy", "zestrzelili drona": a genitive after the verb that hangs on no noun is its object,
            // in the genitive of negation or of a noun declined as animate.
            cases = cases.Append("acc");
        }

        if (chunk.Governor >= 0 && pattern.RoleOf(null, chunk.Case) is null or ArgumentRole.Object)
        {
            cases = cases.Concat([t.Case(chunk.Governor) ?? "", .. t.PossibleCases(chunk.Governor)]);
        }

        ArgumentRole? first = null;
        foreach (string c in cases.Where(c => c != "nom").Distinct())
        {
            if (pattern.RoleOf(null, c) is { } role)
            {
                if (role is ArgumentRole.Target or ArgumentRole.Destination)
                {
                    return role;
                }

                first ??= role;
            }
        }

        return OwnerByAdjective(pattern, chunk, first);
    }

    /// <summary>
    /// "zestrzeliły rosyjskie drony", "podpalili turecką ambasadę": a state's adjective on the object of a verb whose frame
    /// has no bare target makes the owner of the object the target, as a genitive owner does (<see cref="OwnerOfObject"/>).
    /// </summary>
    private ArgumentRole? OwnerByAdjective(EventPattern pattern, ActorChunk chunk, ArgumentRole? role) =>
        role == ArgumentRole.Object && t.Pos(chunk.FirstToken) == "adj" && !HasBareTarget(pattern) ? ArgumentRole.Target : role;

    private static bool HasBareTarget(EventPattern pattern) =>
        pattern.Slots.Any(s => s.Preposition is null && s.Case != FrameSlot.Subject && s.Role == ArgumentRole.Target);

    /// <summary>
    /// A state's adjective on a noun of the trigger itself, or a genitive hanging on one, is that noun's owner: it takes the
    /// frame's genitive role ("naruszyły polską przestrzeń powietrzną" and "naruszyły przestrzeń powietrzną Polski": the
    /// owner of the airspace is the target; "zapewnił o solidarności Berlina": the one in solidarity is the source).
    /// </summary>
    private ArgumentRole? TriggerNounRole(EventPattern pattern, ActorChunk chunk, int head, int triggerEnd)
    {
        bool onTriggerNoun = chunk.Preposition is null
            && (chunk.Head > head && chunk.Head < triggerEnd && t.Pos(chunk.FirstToken) == "adj"
                || chunk.Case == "gen" && chunk.Governor > head && chunk.Governor < triggerEnd);
        return onTriggerNoun && pattern.RoleOf(null, "gen") is ArgumentRole.Source or ArgumentRole.Target ? pattern.RoleOf(null, "gen") : null;
    }

    /// <summary>
    /// A genitive hanging on the bare object of a verb whose frame has no bare target of its own ("ratyfikowała
    /// akcesję Finlandii", "poparła kandydaturę Szwecji"): the object's owner.
    /// </summary>
    private bool OwnerOfObject(EventPattern pattern, ActorChunk chunk) =>
        chunk.Case == "gen" && chunk.Governor >= 0 && !IsActorToken(chunk.Governor)
        && t.Case(chunk.Governor) is { } governorCase and not "nom" && pattern.RoleOf(null, governorCase) == ArgumentRole.Object
        && (chunk.Governor == 0 || t.Pos(chunk.Governor - 1) != "prep")
        && !HasBareTarget(pattern);

    private bool IsActorToken(int i) => _chunks.Any(c => c.FirstToken <= i && c.EndToken > i);

    /// <summary>An untagged phrase after the verb takes the frame's first bare-case target.</summary>
    private static ArgumentRole? FirstBareRole(EventPattern pattern, ActorChunk chunk) =>
        chunk.Preposition is null ? pattern.Slots.FirstOrDefault(s => s.Preposition is null && s.Case != FrameSlot.Subject && s.Role == ArgumentRole.Target)?.Role : null;

    /// <summary>A noun or gerund: an adjective before it or a genitive after it is its actor; prepositions as in its frame.</summary>
    /// <param name="triggerEnd">Where the trigger's words end ("zawieszenie broni"): a verb reading among them ends nothing.</param>
    private ArgumentRole? NominalRole(EventPattern pattern, bool verbPattern, ActorChunk chunk, int head, int triggerEnd)
    {
        if (chunk.FirstToken < head)
        {
            return chunk.EndToken >= head && t.Pos(chunk.FirstToken) == "adj" ? ArgumentRole.Source : null;
        }

        if (chunk.FirstToken > head + NounReach || Enumerable.Range(triggerEnd, Math.Max(0, chunk.FirstToken - triggerEnd)).Any(i => t.IsFinite(i)))
        {
            return null;
        }

        if (chunk.Preposition == "przez")
        {
            return ArgumentRole.Source;
        }

        if (EnclosingPreposition(chunk, head) is { } enclosing && chunk.Governor > head)
        {
            return ActorRole(pattern.RoleOf(enclosing.Preposition, enclosing.Case));
        }

        if (chunk.Preposition is null && chunk.Case is "gen" or null)
        {
            if (!verbPattern)
            {
                return pattern.RoleOf(null, "gen");
            }

            if (chunk.Governor >= 0 && chunk.Governor != head && pattern.RoleOf(null, "dat") == ArgumentRole.Target
                && chunk.Head >= 0 && t.PossibleCases(chunk.Head).Contains("dat"))
            {
                // "dostarczenie broni Rosji": after the object, a word that can be dative is the recipient.
                return ArgumentRole.Target;
            }

            // "aresztowanie opozycjonisty" takes its target, "podpisanie przez Rosję" its source; "zamknięcie konsulatu
            // Rosji" the genitive its frame gives the target.
            return pattern.RoleOf(null, "acc") == ArgumentRole.Target || chunk.Governor > head && pattern.RoleOf(null, "gen") == ArgumentRole.Target
                ? ArgumentRole.Target : ArgumentRole.Source;
        }

        return chunk.Preposition is { } preposition ? PrepositionRole(pattern, chunk, preposition) : chunk.Case is { } c ? pattern.RoleOf(null, c) : null;
    }

    /// <summary>
    /// The role of a phrase after a preposition: by its case, else by another case its word can have, else, for a name
    /// that does not decline ("do NATO", "na USA"), by the preposition alone.
    /// </summary>
    private ArgumentRole? PrepositionRole(EventPattern pattern, ActorChunk chunk, string preposition) =>
        chunk.Case is { } c && pattern.RoleOf(preposition, c) is { } role
            ? role
            : pattern.Slots.FirstOrDefault(s => s.Preposition == preposition && (chunk.Case is null || chunk.Head >= 0 && t.PossibleCases(chunk.Head).Contains(s.Case)))?.Role;

    private void Assign(EventDraft draft, ArgumentRole role, ActorChunk chunk)
    {
        switch (role)
        {
            case ArgumentRole.Source:
                AddActors(draft.Source, chunk);
                break;
            case ArgumentRole.Target when chunk.Entities.All(e => document.Entities[e].Type == EntityType.Location):
                // "atak na Charków", "ostrzał Chersonia": a place in the target's slot stands for its state.
                Destination(draft, chunk);
                break;
            case ArgumentRole.Target:
                AddActors(draft.Target, chunk);
                break;
            case ArgumentRole.Place:
                draft.Location ??= PlaceOf(chunk);
                break;
            case ArgumentRole.Destination:
                Destination(draft, chunk);
                break;
            case ArgumentRole.Denied:
                draft.RefersToClaim = true;
                break;
        }
    }

    /// <summary>Where the actor goes: the place, and the state it lies in as the target.</summary>
    private void Destination(EventDraft draft, ActorChunk chunk)
    {
        foreach (int e in chunk.Entities)
        {
            Entity entity = document.Entities[e];
            if (entity.Type == EntityType.Location)
            {
                draft.Location ??= e;
            }

            // The state the place lies in; with none in the text, the place itself, which carries its state's code.
            int state = entity.Type == EntityType.Location ? (CountryEntity(entity.Country) is >= 0 and var c ? c : entity.Country is null ? -1 : e) : entity.Type == EntityType.Country ? e : -1;
            if (state >= 0 && !draft.Target.Contains(state))
            {
                draft.Target.Add(state);
            }
        }
    }

    private int CountryEntity(string? code)
    {
        if (code is null)
        {
            return -1;
        }

        for (int e = 0; e < document.Entities.Length; e++)
        {
            if (document.Entities[e].Type == EntityType.Country && document.Entities[e].Country == code)
            {
                return e;
            }
        }

        return -1;
    }

    private int? PlaceOf(ActorChunk chunk)
    {
        foreach (int e in chunk.Entities)
        {
            if (document.Entities[e].Type is EntityType.Location or EntityType.Country)
            {
                return e;
            }
        }

        return null;
    }

    private void AddActors(List<int> into, ActorChunk chunk)
    {
        foreach (int e in chunk.Entities)
        {
            if (document.Entities[e].Type is not (EntityType.Location or EntityType.Event or EntityType.Product) && !into.Contains(e))
            {
                into.Add(e);
            }
        }
    }
}
