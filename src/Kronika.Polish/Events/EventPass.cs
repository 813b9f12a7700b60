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
    private List<int> _lastSubject = [];
    private (string Value, int Index)? _lastDate;

    public EventPass(EventPatterns patterns, EventModality words, Document document, IWordAnalyzer dictionary)
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

        _arguments = new EventArguments(document, _t, words);
    }

    public List<EventDraft> Drafts { get; } = [];

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
                if (verbHead != (pass == 0) || consumed.Contains(i) || Match(i, clauses[c], consumed) is not { } match)
                {
                    continue;
                }

                if (_t.Pos(i) is "ppas" or "pact" && !HasAuxiliary(clauses[c]))
                {
                    // "świeżo podpisany pakt": an attributive participle names an event told elsewhere.
                    continue;
                }

                var draft = new EventDraft(match.Pattern, sentenceIndex, c, match.First, match.End);
                if (_arguments.Fill(draft, i, clauses[c], chunks, subjects[c], found.Any(f => f.Clause == c)) && !Duplicate(found, draft, i))
                {
                    consumed.UnionWith(match.Tokens);
                    found.Add(draft);
                }
            }
        }

        var status = new EventStatusRules(_t, _words, clauses, chunks, subjects, found);
        foreach (EventDraft draft in found)
        {
            status.Decide(draft);
            Date(draft, sentence, clauses[draft.Clause]);
        }

        Drafts.AddRange(found);
        RememberDate(sentence);
    }

    /// <summary>The actors a clause is about: its nominative phrase, else the last one before it (a dropped subject).</summary>
    private List<int> SubjectOf(Clause clause, List<ActorChunk> chunks)
    {
        if (clause.Opener == "który" && _t.Case(clause.FirstToken) == "nom"
            && chunks.LastOrDefault(c => c.EndToken <= clause.FirstToken && c.FirstToken >= _document.Sentences.First(s => s.EndToken > clause.FirstToken).FirstToken) is { } antecedent)
        {
            // "Putinowi, który przybył…": the relative pronoun stands for the phrase before it.
            return [.. antecedent.Entities.Where(e => _document.Entities[e].Type != EntityType.Location)];
        }

        foreach (ActorChunk chunk in chunks)
        {
            if (clause.Contains(chunk.FirstToken) && chunk.IsNominative(_t, _words) && !(AfterVerb(clause, chunk) && _arguments.MayBeObject(chunk, _lastSubject)))
            {
                List<int> actors = [.. chunk.Entities.Where(e => _document.Entities[e].Type != EntityType.Location)];
                if (actors.Count > 0)
                {
                    _lastSubject = actors;
                    return actors;
                }
            }
        }

        return _lastSubject;
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

    private sealed record TriggerMatch(EventPattern Pattern, int First, int End, List<int> Tokens);

    /// <summary>The longest pattern whose head is at <paramref name="i"/> and whose other words stand near it in the clause.</summary>
    private TriggerMatch? Match(int i, Clause clause, HashSet<int> consumed)
    {
        foreach (EventPattern pattern in _patterns.ForHead(_t.Lemmas[i]))
        {
            bool verbPattern = pattern.Slots.Any(s => s.Case == FrameSlot.Subject);
            if (verbPattern ? !_t.IsVerbal(i) : !(_t.IsNoun(i) || _t.Pos(i) == "ger"))
            {
                continue;
            }

            if (pattern.Speech && i + 2 < clause.EndToken + 2 && i + 2 < _t.Forms.Length && _t.Forms[i + 1] == "," && _words.IsComplement(_t.Forms[i + 2]))
            {
                continue;
            }

            var tokens = new List<int> { i };
            foreach (string word in pattern.Lemmas.Skip(1))
            {
                int found = -1;
                for (int d = 1; d <= 4 && found < 0; d++)
                {
                    foreach (int j in (ReadOnlySpan<int>)[i + d, i - d])
                    {
                        if (j >= clause.FirstToken && j < clause.EndToken && !consumed.Contains(j) && !tokens.Contains(j) && _t.Is(j, word))
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

            if (tokens.Count == pattern.Lemmas.Length)
            {
                return new TriggerMatch(pattern, tokens.Min(), tokens.Max() + 1, tokens);
            }
        }

        return null;
    }

    /// <summary>A noun trigger restating a verb's event in its clause ("podpisali traktat") is the same event.</summary>
    private bool Duplicate(List<EventDraft> found, EventDraft draft, int head) =>
        !_t.IsVerbal(head) && found.Any(f => f.Sentence == draft.Sentence && f.Clause == draft.Clause && f.Pattern.Type == draft.Pattern.Type);

    /// <summary>The date of the event's clause, else of its sentence (nearest the trigger), else the last date the text set.</summary>
    private void Date(EventDraft draft, Sentence sentence, Clause clause)
    {
        int clauseStart = _document.Tokens[clause.FirstToken].Start;
        int clauseEnd = _document.Tokens[clause.EndToken - 1].End;
        int trigger = _document.Tokens[draft.FirstToken].Start;
        int best = -1;
        int bestDistance = int.MaxValue;
        for (int k = 0; k < _document.Times.Length; k++)
        {
            TimeExpression time = _document.Times[k];
            if (time.Start < sentence.Start || time.End > sentence.End || time.Value is null || time.Type is not (TimeType.Date or TimeType.Time))
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
            (draft.Date, draft.Time) = (_document.Times[best].Value, best);
        }
        else if (_lastDate is { } last)
        {
            (draft.Date, draft.Time) = (last.Value, last.Index);
        }
    }

    private void RememberDate(Sentence sentence)
    {
        for (int k = 0; k < _document.Times.Length; k++)
        {
            TimeExpression time = _document.Times[k];
            if (time.Start >= sentence.Start && time.End <= sentence.End && time.Type == TimeType.Date && time.Value is { } value)
            {
                _lastDate = (value, k);
            }
        }
    }
}
