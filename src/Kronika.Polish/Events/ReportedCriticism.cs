using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Text;

namespace Kronika.Polish.Events;

/// <summary>
/// Criticism told as speech: a speaker's quotation whose words judge someone ("ujawniła „desperację”
/// Moskwy", "groźby Putina to „lekkomyślna retoryka”") is an ACCUSE (CAMEO 111, criticise or denounce)
/// by the speaker, though no verb of criticism is written; a speaker who accuses or threatens in the same
/// sentence ("zagroził, że zapłacą „wysoką cenę” za agresję") has said it by that event already. Its target is the actor the quoted words
/// name, else whoever acted last before it (the words answer a deed); with none, the words
/// judge a situation, not an actor, and make no event. The judging words are the "criticism" entries of
/// <c>data/event-modality.txt</c>.
/// </summary>
internal sealed class ReportedCriticism(Document document, EventTokens t, EventModality words)
{
    public List<EventDraft> Find(int sentenceIndex, List<Clause> clauses, List<EntityMention> mentions, List<EventDraft> found, List<EventDraft> earlier)
    {
        Sentence sentence = document.Sentences[sentenceIndex];
        var drafts = new List<EventDraft>();
        List<Quote> quotes = QuotesIn(sentence);
        if (quotes.Count == 0)
        {
            return drafts;
        }

        foreach (IGrouping<int, Quote> said in quotes.GroupBy(q => q.Speaker!.Value))
        {
            int speaker = said.Key;
            if (document.Entities[speaker].Type == EntityType.Location
                || found.Concat(drafts).Any(e => e.Pattern.Type is "ACCUSE" or "THREATEN" && e.Source.Any(s => ActorSide.Same(document, s, speaker))))
            {
                continue;
            }

            int judging = JudgingWord(sentence, said);
            if (judging < 0)
            {
                continue;
            }

            List<int> target = Others(speaker, mentions.Where(m => said.Any(q => q.Start <= m.Start && m.End <= q.End) && !AfterPreposition(m))) is { Count: > 0 } named
                ? named
                : LastActor(speaker, earlier);
            int trigger = Trigger(sentence, said) ?? judging;
            int clause = clauses.FindIndex(c => c.Contains(trigger));
            if (target.Count == 0 || clause < 0)
            {
                continue;
            }

            var pattern = new EventPattern([t.Lemmas[judging]], "ACCUSE", "disapprove", "111", [], Reciprocal: false, Denial: false, Speech: false);
            var draft = new EventDraft(pattern, sentenceIndex, clause, trigger, trigger + 1);
            draft.Source.Add(speaker);
            draft.Target.AddRange(target);
            drafts.Add(draft);
        }

        return drafts;
    }

    /// <summary>
    /// An actor after a preposition is where or against whom something was done ("wojna przeciwko
    /// Ukrainie"), not whom the words judge; the judged stand bare ("desperacja Moskwy", "Rosja kłamie").
    /// </summary>
    private bool AfterPreposition(EntityMention mention) => mention.FirstToken > 0 && t.Pos(mention.FirstToken - 1) == "prep";

    /// <summary>The first quotation not yet passed: sentences come in text order, and so do the quotations.</summary>
    private int _nextQuote;

    /// <summary>The quotations that begin in the sentence and have a speaker.</summary>
    private List<Quote> QuotesIn(Sentence sentence)
    {
        while (_nextQuote < document.Quotes.Length && document.Quotes[_nextQuote].Start < sentence.Start)
        {
            _nextQuote++;
        }

        var quotes = new List<Quote>();
        for (int q = _nextQuote; q < document.Quotes.Length && document.Quotes[q].Start < sentence.End; q++)
        {
            if (document.Quotes[q].Speaker is not null)
            {
                quotes.Add(document.Quotes[q]);
            }
        }

        return quotes;
    }

    /// <summary>The first token of the quotations that is a word of criticism, or -1.</summary>
    private int JudgingWord(Sentence sentence, IEnumerable<Quote> quotes)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            Token token = document.Tokens[i];
            if (words.IsCriticism(t.Lemmas[i]) && quotes.Any(q => q.Start <= token.Start && token.End <= q.End))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The token of the verb or preposition that attributes the words (<c>napisała</c>, <c>według</c>), if in the sentence.</summary>
    private int? Trigger(Sentence sentence, IEnumerable<Quote> quotes)
    {
        foreach (Quote quote in quotes)
        {
            if (quote.Cue is not { } cue)
            {
                continue;
            }

            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (document.Tokens[i].Start == cue.Start)
                {
                    return i;
                }
            }
        }

        return null;
    }

    /// <summary>The actors of the latest earlier event that acted on the speaker's side or anyone but it.</summary>
    private List<int> LastActor(int speaker, List<EventDraft> earlier)
    {
        for (int e = earlier.Count - 1; e >= 0; e--)
        {
            if (Others(speaker, earlier[e].Source) is { Count: > 0 } actors)
            {
                return actors;
            }
        }

        return [];
    }

    private List<int> Others(int speaker, IEnumerable<EntityMention> mentions) => Others(speaker, mentions.Select(m => m.Entity));

    /// <summary>The actors that are not places and do not stand for the speaker's side, each once.</summary>
    private List<int> Others(int speaker, IEnumerable<int> entities) =>
        [.. entities.Distinct().Where(e => document.Entities[e].Type != EntityType.Location && !ActorSide.Same(document, speaker, e))];
}
