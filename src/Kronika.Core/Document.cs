using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Kronika.Core.Text;

namespace Kronika.Core;

/// <summary>
/// A document: the original text (NFC-normalised once, never altered afterwards) and flat arrays of
/// annotations over it. Every annotation is a half-open span of UTF-16 offsets into <see cref="Text"/>.
/// Each layer is written once, by the pipeline component that declares it; reading a layer that has
/// not been written yet is a programming error and throws.
/// </summary>
public sealed class Document
{
    private ImmutableArray<Token> _tokens;
    private ImmutableArray<Sentence> _sentences;
    private ImmutableArray<Paragraph> _paragraphs;
    private ImmutableArray<MorphAnalysis> _morphology;
    private ImmutableArray<TimeExpression> _times;
    private ImmutableArray<NameMention> _names;
    private ImmutableArray<Entity> _entities;
    private ImmutableArray<EntityMention> _mentions;
    private ImmutableArray<Quote> _quotes;
    private ImmutableArray<Event> _events;
    private ImmutableArray<Claim> _claims;

    private Document(string text, DocumentInfo info)
    {
        Text = text;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        Info = info.Id is null ? info with { Id = Sha256[..16] } : info;
    }

    /// <summary>Creates a document, normalising the text to Unicode NFC.</summary>
    public static Document Create(string text, DocumentInfo? info = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = ReplaceNonText(text);
        string normalized = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        return new Document(normalized, info ?? new DocumentInfo());
    }

    public string Text { get; }

    /// <summary>
    /// A lone surrogate is not text (no encoding can carry it, and normalisation rejects it), nor are the
    /// noncharacters U+FFFE and U+FFFF (normalisation rejects them too); each becomes U+FFFD, which keeps
    /// every other offset where it was.
    /// </summary>
    private static string ReplaceNonText(string text)
    {
        int i = 0;
        for (; i < text.Length; i++)
        {
            if (IsNotText(text, i))
            {
                break;
            }

            if (char.IsHighSurrogate(text[i]))
            {
                i++;
            }
        }

        if (i >= text.Length)
        {
            return text;
        }

        char[] chars = text.ToCharArray();
        for (int j = i; j < chars.Length; j++)
        {
            if (char.IsHighSurrogate(chars[j]) && j + 1 < chars.Length && char.IsLowSurrogate(chars[j + 1]))
            {
                j++;
            }
            else if (char.IsSurrogate(chars[j]) || chars[j] is '\uFFFE' or '\uFFFF')
            {
                chars[j] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    /// <summary>Whether the code unit at <paramref name="i"/> is a noncharacter or a surrogate without its other half.</summary>
    private static bool IsNotText(string text, int i) =>
        text[i] is '\uFFFE' or '\uFFFF'
        || (char.IsSurrogate(text[i]) && !(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])));

    public DocumentInfo Info { get; }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 encoded (normalised) text.</summary>
    public string Sha256 { get; }

    public ImmutableArray<Token> Tokens => Get(_tokens, Layer.Tokens);

    public ImmutableArray<Sentence> Sentences => Get(_sentences, Layer.Sentences);

    public ImmutableArray<Paragraph> Paragraphs => Get(_paragraphs, Layer.Paragraphs);

    /// <summary>One analysis per token, parallel to <see cref="Tokens"/>.</summary>
    public ImmutableArray<MorphAnalysis> Morphology => Get(_morphology, Layer.Morphology);

    /// <summary>The time expressions, in text order, without overlaps.</summary>
    public ImmutableArray<TimeExpression> Times => Get(_times, Layer.Times);

    /// <summary>The names the recogniser found, in text order, without overlaps.</summary>
    public ImmutableArray<NameMention> Names => Get(_names, Layer.Names);

    /// <summary>The document's entities; <see cref="EntityMention.Entity"/> indexes this array.</summary>
    public ImmutableArray<Entity> Entities => Get(_entities, Layer.Entities);

    /// <summary>Every mention of an entity, in text order (a span referring to two entities appears twice).</summary>
    public ImmutableArray<EntityMention> Mentions => Get(_mentions, Layer.Entities);

    /// <summary>The quotations, direct and indirect, in text order of their start.</summary>
    public ImmutableArray<Quote> Quotes => Get(_quotes, Layer.Quotes);
    /// <summary>The events, in the order of their triggers.</summary>
    public ImmutableArray<Event> Events => Get(_events, Layer.Events);

    /// <summary>The claims; <see cref="Claim.Event"/> indexes <see cref="Events"/>.</summary>
    public ImmutableArray<Claim> Claims => Get(_claims, Layer.Claims);

    public bool Has(Layer layer) => layer switch
    {
        Layer.Tokens => !_tokens.IsDefault,
        Layer.Sentences => !_sentences.IsDefault,
        Layer.Paragraphs => !_paragraphs.IsDefault,
        Layer.Morphology => !_morphology.IsDefault,
        Layer.Times => !_times.IsDefault,
        Layer.Names => !_names.IsDefault,
        Layer.Entities => !_entities.IsDefault,
        Layer.Quotes => !_quotes.IsDefault,
        Layer.Events => !_events.IsDefault,
        Layer.Claims => !_claims.IsDefault,
        _ => false,
    };

    public string TextOf(TextSpan span) => Text.Substring(span.Start, span.Length);

    public string TextOf(Token token) => Text.Substring(token.Start, token.Length);

    public ReadOnlySpan<char> SpanOf(Token token) => Text.AsSpan(token.Start, token.Length);

    public void SetTokens(ImmutableArray<Token> tokens)
    {
        RequireNotDefault(tokens, Layer.Tokens);
        foreach (Token t in tokens)
        {
            CheckSpan(t.Start, t.End);
        }

        Set(ref _tokens, tokens, Layer.Tokens);
    }

    public void SetSentences(ImmutableArray<Sentence> sentences, ImmutableArray<Paragraph> paragraphs)
    {
        // Both are checked before either is stored, so that a bad call never leaves one layer half written.
        RequireNotDefault(sentences, Layer.Sentences);
        RequireNotDefault(paragraphs, Layer.Paragraphs);
        foreach (Sentence s in sentences)
        {
            CheckSpan(s.Start, s.End);
        }

        foreach (Paragraph p in paragraphs)
        {
            CheckSpan(p.Start, p.End);
        }

        Set(ref _sentences, sentences, Layer.Sentences);
        Set(ref _paragraphs, paragraphs, Layer.Paragraphs);
    }

    public void SetMorphology(ImmutableArray<MorphAnalysis> analyses)
    {
        RequireNotDefault(analyses, Layer.Morphology);
        if (analyses.Length != Tokens.Length)
        {
            throw new ArgumentException($"Expected {Tokens.Length} analyses, one per token, got {analyses.Length}.", nameof(analyses));
        }

        Set(ref _morphology, analyses, Layer.Morphology);
    }

    public void SetTimes(ImmutableArray<TimeExpression> times)
    {
        foreach (TimeExpression t in times)
        {
            CheckSpan(t.Start, t.End);
        }

        Set(ref _times, times, Layer.Times);
    }

    /// <summary>Stores the name mentions; each must cover whole tokens, its offsets those of its tokens.</summary>
    public void SetNames(ImmutableArray<NameMention> names)
    {
        RequireNotDefault(names, Layer.Names);
        ImmutableArray<Token> tokens = Tokens;
        int previousEnd = 0;
        foreach (NameMention name in names)
        {
            if (name.FirstToken < previousEnd || name.EndToken <= name.FirstToken || name.EndToken > tokens.Length)
            {
                throw new ArgumentException($"Name mentions must cover one or more tokens, in order and without overlaps: tokens [{name.FirstToken},{name.EndToken}).", nameof(names));
            }

            if (name.Start != tokens[name.FirstToken].Start || name.End != tokens[name.EndToken - 1].End)
            {
                throw new ArgumentException($"The name mention [{name.Start},{name.End}) does not match the span of its tokens.", nameof(names));
            }

            previousEnd = name.EndToken;
        }

        Set(ref _names, names, Layer.Names);
    }

    public void SetEntities(ImmutableArray<Entity> entities, ImmutableArray<EntityMention> mentions)
    {
        RequireNotDefault(entities, Layer.Entities);
        RequireNotDefault(mentions, Layer.Entities);
        foreach (EntityMention m in mentions)
        {
            CheckSpan(m.Start, m.End);
            CheckTokenRange(m.FirstToken, m.EndToken);
            if (m.Entity < 0 || m.Entity >= entities.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(mentions), $"A mention refers to entity {m.Entity}, but there are {entities.Length}.");
            }
        }

        Set(ref _entities, entities, Layer.Entities);
        _mentions = mentions;
    }

    public void SetQuotes(ImmutableArray<Quote> quotes)
    {
        RequireNotDefault(quotes, Layer.Quotes);
        foreach (Quote q in quotes)
        {
            CheckSpan(q.Start, q.End);
            if (q.SpeakerMention is { } mention)
            {
                CheckSpan(mention.Start, mention.End);
            }

            if (q.Cue is { } cue)
            {
                CheckSpan(cue.Start, cue.End);
            }

            // A speaker is an entity, so it can only be named once the entities exist.
            if (q.Speaker is { } speaker && (speaker < 0 || speaker >= Entities.Length))
            {
                throw new ArgumentOutOfRangeException(nameof(quotes), $"A quote's speaker is entity {speaker}, but there are {Entities.Length}.");
            }
        }

        Set(ref _quotes, quotes, Layer.Quotes);
    }

    public void SetEvents(ImmutableArray<Event> events)
    {
        RequireNotDefault(events, Layer.Events);
        foreach (Event e in events)
        {
            CheckSpan(e.Trigger.Start, e.Trigger.End);
            CheckIndex(e.Sentence, Sentences.Length, "sentence");
            CheckEntities(e.Source);
            CheckEntities(e.Target);
            CheckEntities(e.ClaimedBy);
            if (e.Location is { } location)
            {
                CheckIndex(location, Entities.Length, "entity");
            }

            if (e.Time is { } time)
            {
                CheckIndex(time, Times.Length, "time expression");
            }
        }

        Set(ref _events, events, Layer.Events);
    }

    public void SetClaims(ImmutableArray<Claim> claims)
    {
        RequireNotDefault(claims, Layer.Claims);
        foreach (Claim c in claims)
        {
            CheckSpan(c.Text.Start, c.Text.End);
            CheckIndex(c.Event, Events.Length, "event");
            CheckEntities(c.Claimants);
            CheckEntities(c.DeniedBy);
            if (c.Denial is { } denial)
            {
                CheckIndex(denial, Events.Length, "event");
            }
        }

        Set(ref _claims, claims, Layer.Claims);
    }

    private void CheckEntities(ImmutableArray<int> entities)
    {
        if (entities.IsDefault)
        {
            throw new ArgumentException("An entity list of an event or claim is a default array.", nameof(entities));
        }

        foreach (int entity in entities)
        {
            CheckIndex(entity, Entities.Length, "entity");
        }
    }

    private static void CheckIndex(int index, int count, string what)
    {
        if (index < 0 || index >= count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"A reference to {what} {index}, but there are {count}.");
        }
    }

    private void CheckTokenRange(int first, int end)
    {
        if (first < 0 || end < first || end > Tokens.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(first), $"Token range [{first},{end}) lies outside the {Tokens.Length} tokens.");
        }
    }

    private void CheckSpan(int start, int end)
    {
        if (start < 0 || end < start || end > Text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"Span [{start},{end}) lies outside the text of length {Text.Length}.");
        }
    }

    private static ImmutableArray<T> Get<T>(ImmutableArray<T> value, Layer layer) =>
        value.IsDefault ? throw new InvalidOperationException($"The {layer} layer has not been produced; add a component that writes it.") : value;

    private static void RequireNotDefault<T>(ImmutableArray<T> value, Layer layer)
    {
        if (value.IsDefault)
        {
            throw new ArgumentException($"The {layer} layer cannot be set to a default array.");
        }
    }

    private static void Set<T>(ref ImmutableArray<T> field, ImmutableArray<T> value, Layer layer)
    {
        RequireNotDefault(value, layer);
        if (!field.IsDefault)
        {
            throw new InvalidOperationException($"The {layer} layer has already been written.");
        }

        field = value;
    }
}
