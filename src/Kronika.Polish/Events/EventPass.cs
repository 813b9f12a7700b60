using Kronika.Core;
using Kronika.Core.Text;
using Kronika.Polish.Morphology;

namespace Kronika.Polish.Events;

/// <summary>The state of finding the events of one document, sentence by sentence in text order.</summary>
internal sealed class EventPass
{
    private readonly EventPatterns _patterns;
    private readonly EventModality _words;
    private readonly Document _document;
    private readonly EventTokens _t;
    private readonly List<EntityMention>[] _mentionsOf;
    private readonly EventArguments _arguments;
    private readonly ImpliedTarget _impliedTarget;
    private readonly ReportedCriticism _criticism;
    private readonly DiscourseTarget _discourse;

    /// <summary>The arguments the story gives where an event's own words do not.</summary>
    public DiscourseTarget Discourse => _discourse;
    private List<int> _lastSubject = [];
    private (string Value, int Index)? _lastDate;

    /// <summary>The story's first date after the headline: the day its lead tells.</summary>
    private (string Value, int Index)? _leadDate;

    /// <summary>The last look back (a date before the story's current one) and the paragraph that told it.</summary>
    private (string Value, int Index, int Paragraph)? _lookBack;
    private readonly int _headlineEnd;

    public EventPass(EventPatterns patterns, EventModality words, DiscourseWords discourse, Document document, IWordAnalyzer dictionary)
    {
        _patterns = patterns;
        _words = words;
        _document = document;
        _t = new EventTokens(document, dictionary);
        _mentionsOf = new List<EntityMention>[document.Sentences.Length];
        int s = 0;
        foreach (EntityMention m in document.Mentions)
        {
            while (s < document.Sentences.Length - 1 && m.FirstToken >= document.Sentences[s].EndToken)
            {
                s++;
            }

            (_mentionsOf[s] ??= []).Add(m);
        }

        _arguments = new EventArguments(document, _t, words, discourse);
        _impliedTarget = new ImpliedTarget(document, _t, patterns, words);
        _criticism = new ReportedCriticism(document, _t, words);
        _discourse = new DiscourseTarget(document, _t, patterns, discourse);
        _headlineEnd = HeadlineEnd(document.Text);
    }

    public List<EventDraft> Drafts { get; } = [];

    /// <summary>The headline's events the body has not told yet.</summary>
    private readonly List<EventDraft> _headline = [];

    /// <summary>The events only the headline tells, added once the body is read.</summary>
    public void Finish()
    {
        foreach (EventDraft draft in _headline)
        {
            // A headline tells the day's news: an event only it tells is of the day the lead tells.
            if (draft.Date is null && _leadDate is { } lead)
            {
                (draft.Date, draft.Time) = (lead.Value, lead.Index);
            }
        }

        Drafts.AddRange(_headline);
        _headline.Clear();
    }

    /// <summary>The body's first event of a headline event's type is that event: the headline supplies the actors it leaves out.</summary>
    private void TakeFromHeadline(EventDraft draft)
    {
        int h = _headline.FindIndex(e => e.Pattern.Type == draft.Pattern.Type);
        if (h < 0)
        {
            return;
        }

        EventDraft told = _headline[h];
        _headline.RemoveAt(h);
        if (draft.Source.Count == 0)
        {
            draft.Source.AddRange(told.Source);
        }

        if (draft.Target.Count == 0)
        {
            draft.Target.AddRange(told.Target.Where(e => !draft.Source.Contains(e)));
        }
    }

    public void Extract(int sentenceIndex)
    {
        Sentence sentence = _document.Sentences[sentenceIndex];
        List<ActorChunk> chunks = _mentionsOf[sentenceIndex] is { } mentions ? ActorChunk.Of(_document, _t, sentence, mentions) : [];
        List<Clause> clauses = Clause.Of(_t, _words, sentence);
        var subjects = new List<int>[clauses.Count];
        for (int c = 0; c < clauses.Count; c++)
        {
            subjects[c] = SubjectOf(clauses[c], chunks);
        }

        var consumed = new HashSet<int>();
        var found = new List<EventDraft>();
        // Verbs first, so that "Sankcje nałożyła Kanada" is the verb's event with its noun, not the noun's alone.
        for (int pass = 0; pass < 2; pass++)
        for (int c = 0; c < clauses.Count; c++)
        {
            for (int i = clauses[c].FirstToken; i < clauses[c].EndToken; i++)
            {
                bool verbHead = _t.IsVerbal(i) && _t.Pos(i) != "ger";
                if (verbHead != (pass == 0) || consumed.Contains(i) || Match(i, clauses[c], consumed) is not { } match
                    || (verbHead && InLongerNounTrigger(match, clauses[c], consumed)))
                {
                    continue;
                }

                if (!match.Pattern.IsEvent)
                {
                    // "da się", "atak serca": a sense of the words that is no event keeps them from the shorter triggers.
                    consumed.UnionWith(match.Tokens);
                    continue;
                }

                if (_t.Pos(i) is "ppas" or "pact" && (!HasAuxiliary(clauses[c]) && !AgentFollows(i, clauses[c]) || i > 0 && _t.Pos(i - 1) == "prep"))
                {
                    // "wśród uwolnionych": a participle after a preposition names people, not an event. One with its
                    // agent ("ugrupowania wspierane przez Stany Zjednoczone") tells the event.
                    // "świeżo podpisany pakt": an attributive participle names an event told elsewhere.
                    continue;
                }

                if (!verbHead && UnderCondition(match.First, clauses[c]))
                {
                    consumed.UnionWith(match.Tokens);
                    continue;
                }

                var draft = new EventDraft(match.Pattern, sentenceIndex, c, match.First, match.End) { Head = i };
                EventDraft? governor = verbHead ? null : ChargedBy(found, c, i);
                if (governor is { } accusation)
                {
                    // "oskarżył Izrael o ostrzelanie cywilów": the charge is the accused's deed, claimed by the accuser;
                    // "wezwał Zachód do nałożenia sankcji": the act asked for is the addressee's.
                    draft.Source.AddRange(accusation.Target);
                }

                bool filled = _arguments.Fill(draft, i, clauses[c], chunks, subjects[c], found.Any(f => f.Clause == c));
                filled |= _discourse.PartiesAsSubject(draft, i, clauses[c], Drafts);
                if (!filled || Duplicate(found, draft, i))
                {
                    continue;
                }

                consumed.UnionWith(match.Tokens);
                if (governor?.Pattern.Type == "REQUEST" && draft.Target.Count == 0)
                {
                    // "apelował do Niemiec o pomoc": an act asked for with no actor of its own only says what is asked.
                    continue;
                }

                if (verbHead || sentence.End <= _headlineEnd || !Restates(draft, subjects[c]))
                {
                    // A noun naming an event the body told before ("Biden nazwał uwolnienie zakładników…") is not another event.
                    found.Add(draft);
                }
            }
        }

        foreach (EventDraft draft in found)
        {
            if (draft.Pattern.Type == "REQUEST" && draft.Source.Count > 0 && draft.Source.All(e => _words.IsProtester(_document.Entities[e].Name.ToLowerInvariant())))
            {
                // "Demonstranci domagali się dymisji": the crowd's demand is its demonstration (CAMEO 141).
                draft.Pattern = draft.Pattern with { Type = "PROTEST", Mode = "demo", Cameo = "141", ForState = null };
            }

            if (draft.Pattern.ForState is { } forState && draft.Target.Count > 0 && draft.Target.All(e => _document.Entities[e].Type == EntityType.Country))
            {
                draft.Pattern = forState;
            }
        }

        found.RemoveAll(d => ThreatenedAct(d, clauses, found) || ThreatObject(d, found) || Interview(d, clauses[d.Clause]));
        var status = new EventStatusRules(_document, _t, _words, clauses, chunks, subjects, found);
        if (sentence.End <= _headlineEnd)
        {
            // The headline restates the body's events: they are taken where the body tells them. Those only the
            // headline tells keep its status and the words that state them (an allegation is a claim).
            found.ForEach(status.Decide);
            _headline.AddRange(found);
            return;
        }

        foreach (EventDraft draft in found)
        {
            TakeFromHeadline(draft);
            _impliedTarget.Fill(draft, clauses, chunks, Drafts.Concat(found));
            _impliedTarget.FillFromPlace(draft);
            _discourse.Fill(draft, clauses[draft.Clause], chunks, Drafts, found);
            _impliedTarget.FillLastResort(draft, Drafts.Concat(found));
        }

        foreach (EventDraft draft in found)
        {
            status.Decide(draft);
            Date(draft, sentence, clauses[draft.Clause]);
            if (draft.Status == EventStatus.Asserted && After(draft.Date))
            {
                // "Premier przylatuje w piątek": what the story dates after its own day has not happened yet.
                draft.Status = EventStatus.Future;
            }
        }

        foreach (EventDraft criticism in _criticism.Find(sentenceIndex, clauses, _mentionsOf[sentenceIndex] ?? [], found, Drafts))
        {
            Date(criticism, sentence, clauses[criticism.Clause]);
            found.Add(criticism);
        }

        Drafts.AddRange(found);
        if (found.LastOrDefault(d => d.Time is { } k && _document.Times[k].Start >= sentence.Start) is { Date: { } day, Time: { } time })
        {
            // The story goes on from the day its last event was told on, not from a date that only bounded a span ("od wiosny 2022 roku").
            MoveDiscourseDate(day, time, sentence.Paragraph);
        }
        else
        {
            RememberDate(sentence);
        }
    }

    /// <summary>
    /// The accusation or request of the clause whose content the noun at <paramref name="head"/> is: it
    /// follows the verb after the preposition of its charge ("oskarżył Izrael o ostrzelanie") or of what is
    /// requested ("wezwał państwa Zachodu do nałożenia sankcji"), or is the bare accusative of a verb that
    /// takes its charge so ("zarzuca Białorusi ostrzelanie granicy"). The accused, or the one asked, does it.
    /// </summary>
    private EventDraft? ChargedBy(List<EventDraft> found, int clause, int head)
    {
        foreach (EventDraft governor in found)
        {
            ArgumentRole? content = governor.Pattern.Type switch
            {
                "ACCUSE" => ArgumentRole.Charge,
                "REQUEST" => ArgumentRole.Object,
                _ => null,
            };
            if (governor.Clause != clause || content is not { } role || governor.Target.Count == 0 || governor.EndToken > head)
            {
                continue;
            }

            for (int i = governor.EndToken; i < head; i++)
            {
                string? preposition = _t.Preposition(i);
                if (preposition is not null && _t.Case(i + 1) is { } c && governor.Pattern.RoleOf(preposition, c) == role)
                {
                    return governor;
                }
            }

            if (governor.Pattern.RoleOf(null, "acc") == ArgumentRole.Charge && _t.Case(head) == "acc" && _t.Pos(head - 1) != "prep")
            {
                return governor;
            }
        }

        return null;
    }

    /// <summary>
    /// An act of the threatener's own side in the "że" clause of its threat ("Ostrzegła, że Rosja może ograniczyć
    /// współpracę…", "zagroziło, że baterie staną się celem rosyjskich ataków") is what the threat threatens,
    /// not an event of its own. Another side's act there stays one ("ostrzegła, że Iran poniesie
    /// konsekwencje, jeśli zaatakuje Izrael").
    /// </summary>
    private bool ThreatenedAct(EventDraft draft, List<Clause> clauses, List<EventDraft> found)
    {
        for (int c = draft.Clause; c >= 0 && clauses[c].Opener is { } opener; c = clauses[c].Parent)
        {
            int parent = clauses[c].Parent;
            if (parent < 0)
            {
                return false;
            }

            if (_words.IsComplement(opener))
            {
                return found.Any(f => f.Clause == parent && f.Pattern.Type == "THREATEN" && draft.Source.Count > 0
                    && draft.Source.All(s => f.Source.Any(t => ActorSide.Same(_document, s, t))));
            }
        }

        return false;
    }

    /// <summary>
    /// A noun after a phrase of condition ("w razie rozmieszczenia", "w przypadku ewentualnego ataku") names
    /// what might happen, not an event.
    /// </summary>
    private bool UnderCondition(int first, Clause clause)
    {
        int before = first - 1;
        if (before > clause.FirstToken && _t.Pos(before) == "adj")
        {
            before--;
        }

        return before - 1 >= clause.FirstToken && _words.IsConditionNoun(_t.Lemmas[before - 1] + " " + _t.Lemmas[before]);
    }

    /// <summary>
    /// A noun event in the instrumental object of a threat ("zagroziły wstrzymaniem pomocy", "zagroził
    /// Ukrainie atakiem") is what is threatened, not an event.
    /// </summary>
    private bool ThreatObject(EventDraft draft, List<EventDraft> found)
    {
        if (_t.IsVerbal(draft.FirstToken) && _t.Pos(draft.FirstToken) != "ger")
        {
            return false;
        }

        foreach (EventDraft threat in found)
        {
            if (threat.Pattern.Type != "THREATEN" || threat.Clause != draft.Clause || threat.EndToken > draft.FirstToken
                || threat.Pattern.RoleOf(null, "inst") is null || draft.FirstToken - threat.EndToken > 4)
            {
                continue;
            }

            for (int i = threat.EndToken; i <= draft.FirstToken; i++)
            {
                if (_t.IsPunctuation(i) || _t.Pos(i) == "prep")
                {
                    break;
                }

                if ((_t.IsNoun(i) || _t.Pos(i) == "ger") && _t.Case(i) == "inst")
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Talks with the press ("w rozmowie z agencją TASS") are an interview, not a consultation.</summary>
    private bool Interview(EventDraft draft, Clause clause)
    {
        if (draft.Pattern.Type != "CONSULT")
        {
            return false;
        }

        for (int i = draft.EndToken; i < Math.Min(clause.EndToken - 1, draft.EndToken + 2); i++)
        {
            if (_t.Forms[i] is "z" or "ze" && (_words.IsPress(_t.Lemmas[i + 1]) || i + 2 < clause.EndToken && _t.Pos(i + 1) == "adj" && _words.IsPress(_t.Lemmas[i + 2])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the headline ends: a first line without a closing stop, set off by a blank line; else -1.</summary>
    private static int HeadlineEnd(string text)
    {
        int end = text.IndexOf("\n\n", StringComparison.Ordinal);
        return end > 0 && text.AsSpan(0, end).IndexOf('\n') < 0 && text[end - 1] is not ('.' or '!' or '?' or '…' or '”' or '"') ? end : -1;
    }

    /// <summary>The actors a clause is about: its nominative phrase, else the last one before it (a dropped subject).</summary>
    private List<int> SubjectOf(Clause clause, List<ActorChunk> chunks)
    {
        if (clause.Opener == "który" && _t.Case(clause.FirstToken) == "nom")
        {
            // "Putinowi, który przybył…": the relative pronoun stands for the phrase before it; after a noun that
            // names no actor ("z państwami, które poparły…") the clause has no actor known, not the story's last one.
            int comma = clause.FirstToken - 1;
            return chunks.LastOrDefault(c => c.EndToken <= comma && c.EndToken >= comma - 1
                && c.FirstToken >= _document.Sentences.First(s => s.EndToken > clause.FirstToken).FirstToken) is { } antecedent
                ? [.. antecedent.Entities.Where(e => _document.Entities[e].Type != EntityType.Location)]
                : [];
        }

        foreach (ActorChunk chunk in chunks)
        {
            bool nominative = chunk.IsNominative(_t, _words) || chunk.Case is null && chunk.Preposition is null && !AfterVerb(clause, chunk);
            if (nominative && InDirectQuote(chunk))
            {
                // "„Putin wysłał figurantów” – napisał. Wezwał…": the quoted words' actors are not the story's subject.
                continue;
            }

            // "Armenia, którą zaatakował Azerbejdżan": the pronoun is the object, so the nominative after the verb is the subject.
            if (clause.Contains(chunk.FirstToken) && nominative && !(AfterVerb(clause, chunk) && clause.ObjectPronoun(_t) is null && _arguments.MayBeObject(chunk, _lastSubject)))
            {
                List<int> actors = [.. chunk.Entities.Where(e => _document.Entities[e].Type != EntityType.Location)];
                if (actors.Count > 0)
                {
                    if (clause.Opener != "który")
                    {
                        // A relative clause's subject is not the story's: "Armenia, którą zaatakował Azerbejdżan, zaapelowała…".
                        _lastSubject = actors;
                    }

                    return actors;
                }
            }
        }

        return _lastSubject;
    }

    /// <summary>A passive participle followed closely by its agent ("wspierane przez Stany Zjednoczone").</summary>
    private bool AgentFollows(int participle, Clause clause) =>
        _t.Pos(participle) == "ppas" && participle + 1 < clause.EndToken && _t.Forms[participle + 1] == "przez";

    private bool InDirectQuote(ActorChunk chunk)
    {
        int start = _document.Tokens[chunk.FirstToken].Start;
        foreach (Quote q in _document.Quotes)
        {
            if (q.Direct && q.Start <= start && q.End > start)
            {
                return true;
            }
        }

        return false;
    }

    private bool HasAuxiliary(Clause clause)
    {
        for (int i = clause.FirstToken; i < clause.EndToken; i++)
        {
            if (_t.Lemmas[i] is "zostać" or "być" or "zostawać")
            {
                return true;
            }
        }

        return false;
    }

    private bool AfterVerb(Clause clause, ActorChunk chunk)
    {
        for (int i = clause.FirstToken; i < chunk.FirstToken; i++)
        {
            if (_t.IsFinite(i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest match wins: a verb that is a word of a longer noun trigger near it is that trigger's ("zawieszenie broni").</summary>
    private bool InLongerNounTrigger(TriggerMatch verb, Clause clause, HashSet<int> consumed)
    {
        int i = verb.First;
        for (int h = Math.Max(clause.FirstToken, i - 4); h < Math.Min(clause.EndToken, i + 5); h++)
        {
            if (h != i && (_t.IsNoun(h) || _t.Pos(h) == "ger")
                && Match(h, clause, consumed) is { } noun && noun.Pattern.Lemmas.Length > verb.Pattern.Lemmas.Length && noun.Tokens.Contains(i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A verb that can also report speech does so before a "że" clause ("przekazał, że…", also past words
    /// of time or place: "przekazał wcześniej, że…"), before a colon, after a parenthetical "jak" ("jak
    /// przekazał minister, …") and after the dash that ends a quotation ("… – przekazał rzecznik").
    /// </summary>
    private bool ReportsSpeech(int i)
    {
        if (i > 0 && (_t.Forms[i - 1] is "jak" or "–" or "—" || _t.Forms[i - 1] == "-" && i > 1 && _t.IsPunctuation(i - 2)))
        {
            return true;
        }

        for (int j = i + 1; j < Math.Min(_t.Forms.Length - 1, i + 6); j++)
        {
            if (_t.Forms[j] == ":" || _t.Forms[j] == "," && _words.IsComplement(_t.Forms[j + 1]))
            {
                return true;
            }

            if (_t.IsPunctuation(j) || _t.IsNoun(j) && _t.Case(j) is "acc" or "dat" || _t.IsVerbal(j))
            {
                return false;
            }
        }

        return false;
    }

    private sealed record TriggerMatch(EventPattern Pattern, int First, int End, List<int> Tokens);

    /// <summary>The longest pattern whose head is at <paramref name="i"/> and whose other words stand near it in the clause.</summary>
    private TriggerMatch? Match(int i, Clause clause, HashSet<int> consumed)
    {
        // Asked of every token twice: most words head no trigger, so nothing is built for them.
        foreach (EventPattern pattern in _patterns.ForHead(_t.Lemmas[i]))
        {
            if (Match(i, pattern, clause, consumed) is { } match)
            {
                return match;
            }
        }

        // Only a noun or gerund has other noun lemmas to try.
        if (!(_t.IsNoun(i) || _t.Pos(i) == "ger") || !_patterns.MayHead(_t.Forms[i]))
        {
            return null;
        }

        foreach (string lemma in _t.OtherNounLemmas(i))
        {
            foreach (EventPattern pattern in _patterns.ForHead(lemma))
            {
                if (Match(i, pattern, clause, consumed) is { } match)
                {
                    return match;
                }
            }
        }

        return null;
    }

    /// <summary>The trigger <paramref name="pattern"/> headed by the word at <paramref name="i"/>, if its other words and needed phrases are in the clause.</summary>
    private TriggerMatch? Match(int i, EventPattern pattern, Clause clause, HashSet<int> consumed)
    {
        bool verbPattern = pattern.IsVerbal;
        if (verbPattern ? !_t.IsVerbal(i) : !(_t.IsNoun(i) || _t.Pos(i) == "ger"))
        {
            return null;
        }

        if (pattern.Speech && ReportsSpeech(i))
        {
            return null;
        }

        var tokens = new List<int> { i };
        (int first, int end) = pattern.Lemmas.Length > 1 ? Predicate(i, clause) : (i, i + 1);
        foreach (string word in pattern.Lemmas.Skip(1))
        {
            int found = -1;
            for (int d = 1; found < 0 && (i + d < end || i - d >= first); d++)
            {
                foreach (int j in (ReadOnlySpan<int>)[i + d, i - d])
                {
                    if (j >= first && j < end && !consumed.Contains(j) && !tokens.Contains(j) && _t.CanBe(j, word) && OwnWord(i, j, clause))
                    {
                        found = j;
                        break;
                    }
                }
            }

            if (found < 0)
            {
                tokens.Clear();
                break;
            }

            tokens.Add(found);
        }

        return tokens.Count == pattern.Lemmas.Length && (pattern.Needs.IsEmpty || pattern.Needs.Any(n => HasPhrase(clause, tokens, n)))
            ? new TriggerMatch(pattern, tokens.Min(), tokens.Max() + 1, tokens)
            : null;
    }

    /// <summary>The head whose predicate <see cref="_predicate"/> holds, and that predicate's tokens.</summary>
    private (int Head, int First, int End) _predicate = (-1, 0, 0);

    /// <summary>
    /// The tokens of the clause that may hold a trigger's other words: up to and including the nearest verb of its own on either side
    /// ("nałożyły w piątek na Rosję kolejne sankcje", however far; an auxiliary, modal or verb of intent does not count:
    /// "sankcje zostały nałożone", "sankcje mają zostać nałożone"; nor does a participle, an adjective of its phrase:
    /// "w stan podwyższonej gotowości").
    /// </summary>
    private (int First, int End) Predicate(int i, Clause clause)
    {
        if (_predicate.Head != i)
        {
            // The verb that bounds it may itself be a word of the trigger, read as a verb ("zawieszenie broni").
            int first = i, end = i + 1;
            while (first > clause.FirstToken && !IsOwnVerb(--first))
            {
            }

            while (end < clause.EndToken && !IsOwnVerb(end++))
            {
            }

            _predicate = (i, first, end);
        }

        return (_predicate.First, _predicate.End);
    }

    private bool IsOwnVerb(int k) => (_t.IsFinite(k) || _t.Pos(k) == "inf") && !IsAuxiliary(k);

    /// <summary>A "się" belongs to the head unless another verb stands nearer to it ("zgodził się, by Francja spotkała…"); any other word does.</summary>
    private bool OwnWord(int i, int j, Clause clause)
    {
        if (_t.Forms[j] != "się")
        {
            return true;
        }

        int distance = Math.Abs(i - j);
        for (int k = Math.Max(clause.FirstToken, j - distance + 1); k < Math.Min(clause.EndToken, j + distance); k++)
        {
            if (k != j && _t.IsVerbal(k) && _t.Pos(k) != "ger" && !IsAuxiliary(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A verb that carries another's meaning: an auxiliary, a modal or a verb of intent ("chce się spotkać").</summary>
    private bool IsAuxiliary(int k) => _t.Lemmas[k] is "być" or "zostać" or "zostawać" or "mieć" or "móc" or "musieć" || _words.IsIntent(_t.Lemmas[k]);

    /// <summary>A phrase of the case, or of the preposition with its case, in the clause outside the trigger's words.</summary>
    private bool HasPhrase(Clause clause, List<int> trigger, FrameSlot slot)
    {
        for (int j = clause.FirstToken; j < clause.EndToken; j++)
        {
            if (trigger.Contains(j))
            {
                continue;
            }

            // A word after a noun may be its genitive ("rzecznik rządu Norwegii"): only the tagger's case counts there.
            if (slot.Preposition is { } preposition
                ? _t.Preposition(j) == preposition && j + 1 < clause.EndToken
                    && (_t.Case(j + 1) is null || _t.Case(j + 1) == slot.Case || _t.PossibleCases(j + 1).Contains(slot.Case))
                : (_t.IsNoun(j) || _t.Pos(j) is "ppron3" or "ppron12") && (j == 0 || _t.Pos(j - 1) != "prep")
                    && (_t.Case(j) == slot.Case || (j == 0 || !_t.IsNoun(j - 1)) && _t.PossibleCases(j).Contains(slot.Case)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A noun or gerund that names an event the body has already told: one of the same type whose sides its
    /// own do not contradict (an actor it lacks is the earlier one's). A source taken from the clause's
    /// subject is the speaker's, not the event's ("Biden nazwał uwolnienie zakładników…").
    /// </summary>
    private bool Restates(EventDraft draft, List<int> clauseSubject)
    {
        bool borrowed = draft.Source.Count > 0 && draft.Source.SequenceEqual(clauseSubject);
        // An act only announced or supposed ("armia wznowi operację") is not yet the deed a later noun names.
        return Drafts.Any(e => e.Pattern.Type == draft.Pattern.Type && e.Status is not (EventStatus.Future or EventStatus.Conditional or EventStatus.Hypothetical) && (borrowed && !Answers(draft, e) || SameSides(e.Source, draft.Source)) && SameSides(e.Target, draft.Target));
    }

    /// <summary>"Hezbollah ostrzelał Izrael… izraelska armia rozpoczęła ostrzał": an act of the earlier one's target answers it, it does not name it.</summary>
    private bool Answers(EventDraft draft, EventDraft earlier) =>
        draft.Source.Any(s => earlier.Target.Any(x => ActorSide.Same(_document, s, x)) && !earlier.Source.Any(x => ActorSide.Same(_document, s, x)));

    private bool SameSides(List<int> earlier, List<int> now) =>
        now.All(n => earlier.Any(e => ActorSide.Same(_document, e, n)));

    /// <summary>A noun trigger restating a verb's event in its clause ("podpisali traktat") is the same event.</summary>
    private bool Duplicate(List<EventDraft> found, EventDraft draft, int head) =>
        !_t.IsVerbal(head) && found.Any(f => f.Sentence == draft.Sentence && f.Clause == draft.Clause && f.Pattern.Type == draft.Pattern.Type);

    /// <summary>
    /// The date of the event's clause, else of its sentence (nearest the trigger), else the look back its paragraph
    /// is telling (for a past-tense clause), else the last date the text set.
    /// </summary>
    private void Date(EventDraft draft, Sentence sentence, Clause clause)
    {
        int clauseStart = _document.Tokens[clause.FirstToken].Start;
        int clauseEnd = _document.Tokens[clause.EndToken - 1].End;
        int trigger = _document.Tokens[draft.FirstToken].Start;
        int best = -1;
        int bestDistance = int.MaxValue;
        // The time expressions are in text order: start at the sentence's first, stop after its last.
        for (int k = FirstTimeFrom(sentence.Start); k < _document.Times.Length && _document.Times[k].Start < sentence.End; k++)
        {
            TimeExpression time = _document.Times[k];
            if (time.End > sentence.End || DayOf(time) is null)
            {
                continue;
            }

            bool inClause = time.Start >= clauseStart && time.End <= clauseEnd;
            int distance = Math.Abs(time.Start - trigger) + (inClause ? 0 : 1_000_000);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (k, distance);
            }
        }

        if (best >= 0)
        {
            (draft.Date, draft.Time) = (DayOf(_document.Times[best]), best);
        }
        else if (_lookBack is { } back && back.Paragraph == sentence.Paragraph && TellsPast(clause))
        {
            // "Walki zaczęły się w środę… Pakistańska armia odpowiedziała ostrzałem": the paragraph that looked back
            // goes on telling that day's past.
            (draft.Date, draft.Time) = (back.Value, back.Index);
        }
        else if (_lastDate is { } last)
        {
            (draft.Date, draft.Time) = (last.Value, last.Index);
        }
    }

    /// <summary>Whether the clause's verb is in the past tense (a past form or the impersonal "-no/-to").</summary>
    private bool TellsPast(Clause clause)
    {
        for (int i = clause.FirstToken; i < clause.EndToken; i++)
        {
            if (_t.Pos(i) is "praet" or "imps")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a day (YYYY-MM-DD) is after the document's date.</summary>
    private bool After(string? day) =>
        _document.Info.Date is { } today && day is { Length: 10 } && DateOnly.TryParseExact(day, "yyyy-MM-dd", out DateOnly date) && date > today;

    /// <summary>The index of the first time expression starting at or after <paramref name="offset"/>.</summary>
    private int FirstTimeFrom(int offset)
    {
        int low = 0, high = _document.Times.Length;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (_document.Times[middle].Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>
    /// The calendar part of a date or a time ("2023-11-24" of "2023-11-24TAF"): an event's date is a day, its hour is
    /// in the time. A reference without a calendar value ("wkrótce", FUTURE_REF) dates nothing.
    /// </summary>
    private static string? DayOf(TimeExpression time)
    {
        if (time.Value is not { } value || time.Type is not (TimeType.Date or TimeType.Time) || !char.IsAsciiDigit(value[0]))
        {
            return null;
        }

        int t = value.IndexOf('T', StringComparison.Ordinal);
        return t switch
        {
            0 => null,
            > 0 => value[..t],
            _ => value,
        };
    }

    private void RememberDate(Sentence sentence)
    {
        (string, int)? before = _lastDate;
        for (int k = FirstTimeFrom(sentence.Start); k < _document.Times.Length && _document.Times[k].Start < sentence.End; k++)
        {
            TimeExpression time = _document.Times[k];
            if (time.End <= sentence.End && DayOf(time) is { } value)
            {
                MoveDiscourseDate(value, k, sentence.Paragraph);
            }
        }

        if (_lastDate != before)
        {
            // "ogłosiła w poniedziałek, że niedzielne wybory…": a sentence that moves the story on tells no look back.
            _lookBack = null;
        }
    }

    /// <summary>
    /// A date before the story's current one is a look back ("podpalenie w maju 2024 roku" in a report of
    /// today's decision): it dates its own sentence and, when it is a day, what its paragraph goes on telling in
    /// the past tense; the story then goes on from where it was.
    /// </summary>
    private void MoveDiscourseDate(string value, int time, int paragraph)
    {
        if (_lastDate is { } current && string.CompareOrdinal(value, current.Value) < 0 && !current.Value.StartsWith(value, StringComparison.Ordinal))
        {
            // Only a day is an episode the paragraph may go on telling ("Walki zaczęły się w środę… armia
            // odpowiedziała"); a month or a year ago ("w marcu 2022 roku") is background.
            _lookBack = value.Length == 10 ? (value, time, paragraph) : null;
            return;
        }

        _lastDate = (value, time);
        _leadDate ??= _lastDate;
        _lookBack = null;
    }
}
