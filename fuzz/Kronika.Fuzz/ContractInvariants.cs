using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Text;

namespace Kronika.Fuzz;

/// <summary>
/// What every stage's output must satisfy for any input, checked on the <see cref="Document"/> layers that
/// have been written (the JSON form is checked by <see cref="JsonContract"/>). Shared by the fuzz targets and
/// the property tests; each check throws <see cref="InvariantViolation"/> naming the first broken rule.
/// </summary>
public static class ContractInvariants
{
    /// <summary>Checks every layer the document has.</summary>
    public static void CheckDocument(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        CheckText(document.Text);
        foreach ((Layer layer, Action<Document> check) in LayerChecks)
        {
            if (document.Has(layer))
            {
                check(document);
            }
        }
    }

    /// <summary>The check of each layer, in pipeline order (paragraphs are checked with the sentences).</summary>
    private static readonly (Layer Layer, Action<Document> Check)[] LayerChecks =
    [
        (Layer.Tokens, CheckTokens), (Layer.Sentences, CheckSentences), (Layer.Morphology, CheckMorphology),
        (Layer.Names, CheckNames), (Layer.Entities, CheckEntities), (Layer.Times, CheckTimes),
        (Layer.Quotes, CheckQuotes), (Layer.Events, CheckEvents), (Layer.Claims, CheckClaims),
    ];

    /// <summary>
    /// A half-open range <c>[start, end)</c> inside <paramref name="text"/> whose ends are character
    /// boundaries: neither end falls between the two halves of a surrogate pair.
    /// </summary>
    public static void CheckSpan(string text, int start, int end, string what)
    {
        ArgumentNullException.ThrowIfNull(text);
        Require(0 <= start && start <= end && end <= text.Length, $"{what} [{start}, {end}) is not a range inside a text of {text.Length} characters");
        Require(!SplitsPair(text, start), $"{what} [{start}, {end}) starts inside a surrogate pair");
        Require(!SplitsPair(text, end), $"{what} [{start}, {end}) ends inside a surrogate pair");
    }

    /// <summary>The stored text is NFC, holds no lone surrogate and no noncharacter U+FFFE/U+FFFF.</summary>
    public static void CheckText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            Require(!char.IsSurrogate(c), $"the text holds a lone surrogate U+{(int)c:X4} at {i}");
            Require(c is not ('\uFFFE' or '\uFFFF'), $"the text holds the noncharacter U+{(int)c:X4} at {i}");
        }

        Require(text.IsNormalized(System.Text.NormalizationForm.FormC), "the text is not in NFC");
    }

    private static void CheckTokens(Document document)
    {
        int previousEnd = 0;
        foreach (Token token in document.Tokens)
        {
            CheckSpan(document.Text, token.Start, token.End, $"token {token}");
            Require(token.Start >= previousEnd, $"token {token} overlaps or precedes the token before it");
            Require(token.End > token.Start, $"token {token} is empty");
            Require(!string.IsNullOrWhiteSpace(document.TextOf(token)), $"token {token} is blank");
            previousEnd = token.End;
        }
    }

    private static void CheckSentences(Document document)
    {
        ImmutableArray<Token> tokens = document.Tokens;
        ImmutableArray<Sentence> sentences = document.Sentences;
        int nextToken = 0;
        foreach (Sentence sentence in sentences)
        {
            CheckSpan(document.Text, sentence.Start, sentence.End, $"sentence {sentence.Span}");
            Require(sentence.FirstToken == nextToken && sentence.TokenCount > 0, $"sentence {sentence.Span} does not continue at token {nextToken}");
            Require(sentence.EndToken <= tokens.Length, $"sentence {sentence.Span} ends past the last token");
            Require(sentence.Start == tokens[sentence.FirstToken].Start && sentence.End == tokens[sentence.EndToken - 1].End,
                $"sentence {sentence.Span} does not span its tokens");
            nextToken = sentence.EndToken;
        }

        Require(nextToken == tokens.Length, $"the sentences cover {nextToken} of {tokens.Length} tokens");
        int nextSentence = 0;
        ImmutableArray<Paragraph> paragraphs = document.Paragraphs;
        for (int p = 0; p < paragraphs.Length; p++)
        {
            Paragraph paragraph = paragraphs[p];
            CheckSpan(document.Text, paragraph.Start, paragraph.End, $"paragraph {paragraph.Span}");
            Require(paragraph.FirstSentence == nextSentence && paragraph.SentenceCount > 0, $"paragraph {p} does not continue at sentence {nextSentence}");
            for (int s = paragraph.FirstSentence; s < paragraph.FirstSentence + paragraph.SentenceCount; s++)
            {
                Require(s < sentences.Length && sentences[s].Paragraph == p && paragraph.Span.Contains(sentences[s].Span),
                    $"sentence {s} is not inside paragraph {p}");
            }

            nextSentence += paragraph.SentenceCount;
        }

        Require(nextSentence == sentences.Length, $"the paragraphs cover {nextSentence} of {sentences.Length} sentences");
    }

    private static void CheckMorphology(Document document)
    {
        Require(document.Morphology.Length == document.Tokens.Length, "not one analysis per token");
        for (int i = 0; i < document.Morphology.Length; i++)
        {
            MorphAnalysis analysis = document.Morphology[i];
            Require(!string.IsNullOrEmpty(analysis.Lemma) && !string.IsNullOrEmpty(analysis.Tag), $"token {i} has no lemma or no tag");
        }
    }

    private static void CheckNames(Document document)
    {
        foreach (NameMention name in document.Names)
        {
            CheckSpan(document.Text, name.Start, name.End, $"name {name.Span}");
        }
    }

    private static void CheckEntities(Document document)
    {
        ImmutableArray<Entity> entities = document.Entities;
        var mentioned = new bool[entities.Length];
        int previousStart = 0;
        foreach (EntityMention mention in document.Mentions)
        {
            CheckSpan(document.Text, mention.Start, mention.End, $"mention {mention.Span}");
            Require(mention.End > mention.Start, $"mention {mention.Span} is empty");
            Require(mention.Start >= previousStart, $"mention {mention.Span} is out of text order");
            Require(mention.Entity >= 0 && mention.Entity < entities.Length, $"mention {mention.Span} refers to entity {mention.Entity} of {entities.Length}");
            Require(!string.IsNullOrEmpty(mention.Lemma), $"mention {mention.Span} has no lemma");
            mentioned[mention.Entity] = true;
            previousStart = mention.Start;
        }

        for (int i = 0; i < entities.Length; i++)
        {
            Require(mentioned[i], $"entity {i} ({entities[i].Name}) has no mention");
            Require(!string.IsNullOrWhiteSpace(entities[i].Name), $"entity {i} has no name");
            Require(!entities[i].Roles.IsDefault, $"entity {i} has a default roles array");
        }
    }

    private static void CheckTimes(Document document)
    {
        int previousEnd = 0;
        foreach (TimeExpression time in document.Times)
        {
            CheckSpan(document.Text, time.Start, time.End, $"time {time.Span}");
            Require(time.End > time.Start, $"time {time.Span} is empty");
            Require(time.Start >= previousEnd, $"time {time.Span} overlaps the one before it or is out of order");
            previousEnd = time.End;
        }
    }

    private static void CheckQuotes(Document document)
    {
        int previousStart = 0;
        foreach (Quote quote in document.Quotes)
        {
            CheckSpan(document.Text, quote.Start, quote.End, $"quote {quote.Span}");
            Require(quote.Start >= previousStart, $"quote {quote.Span} is out of order");
            if (quote.SpeakerMention is { } speaker)
            {
                CheckSpan(document.Text, speaker.Start, speaker.End, $"speaker of quote {quote.Span}");
            }

            if (quote.Cue is { } cue)
            {
                CheckSpan(document.Text, cue.Start, cue.End, $"cue of quote {quote.Span}");
            }

            Require(quote.Speaker is null || (quote.Speaker >= 0 && quote.Speaker < document.Entities.Length), $"quote {quote.Span} has speaker {quote.Speaker}");
            previousStart = quote.Start;
        }
    }

    private static void CheckEvents(Document document)
    {
        int previousStart = 0;
        foreach (Event e in document.Events)
        {
            CheckSpan(document.Text, e.Trigger.Start, e.Trigger.End, $"trigger {e.Trigger}");
            Require(e.Trigger.End > e.Trigger.Start, $"trigger {e.Trigger} is empty");
            Require(e.Trigger.Start >= previousStart, $"trigger {e.Trigger} is out of order");
            Require(e.Sentence >= 0 && e.Sentence < document.Sentences.Length && document.Sentences[e.Sentence].Span.Contains(e.Trigger),
                $"trigger {e.Trigger} is not inside its sentence {e.Sentence}");
            Require(!string.IsNullOrEmpty(e.Type), $"event at {e.Trigger} has no type");
            Require(e.Time is null || (e.Time >= 0 && e.Time < document.Times.Length), $"event at {e.Trigger} has time {e.Time}");
            CheckEntityIds(document, e.Source, $"source of event at {e.Trigger}");
            CheckEntityIds(document, e.Target, $"target of event at {e.Trigger}");
            CheckEntityIds(document, e.ClaimedBy, $"claimants of event at {e.Trigger}");
            previousStart = e.Trigger.Start;
        }
    }

    private static void CheckClaims(Document document)
    {
        foreach (Claim claim in document.Claims)
        {
            CheckSpan(document.Text, claim.Text.Start, claim.Text.End, $"claim {claim.Text}");
            Require(claim.Event >= 0 && claim.Event < document.Events.Length, $"claim {claim.Text} refers to event {claim.Event} of {document.Events.Length}");
            Require(claim.Denial is null || (claim.Denial >= 0 && claim.Denial < document.Events.Length), $"claim {claim.Text} has denial {claim.Denial}");
            CheckEntityIds(document, claim.Claimants, $"claimants of claim {claim.Text}");
            CheckEntityIds(document, claim.DeniedBy, $"deniers of claim {claim.Text}");
        }
    }

    private static void CheckEntityIds(Document document, ImmutableArray<int> ids, string what)
    {
        Require(!ids.IsDefault, $"{what} is a default array");
        foreach (int id in ids)
        {
            Require(id >= 0 && id < document.Entities.Length, $"{what} names entity {id} of {document.Entities.Length}");
        }
    }

    private static bool SplitsPair(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]);

    /// <summary>Throws <see cref="InvariantViolation"/> with <paramref name="message"/> unless <paramref name="condition"/> holds.</summary>
    public static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvariantViolation(message);
        }
    }
}
