using System.Collections.Immutable;
using System.Globalization;
using Kronika.Core.Text;

namespace Kronika.Core.Output;

/// <summary>Turns an analysed <see cref="Document"/> into the JSON contract, with the layers built so far.</summary>
public static class ExtractionResultBuilder
{
    public static ExtractionResult From(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        DocumentInfo info = document.Info;
        var record = new DocumentRecord(
            info.Id ?? document.Sha256[..16],
            info.Source,
            info.Title,
            info.Language,
            info.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            document.Sha256);
        return new ExtractionResult(ExtractionResult.SchemaName, record, Entities(document), Times(document), Quotes(document), Events(document), Claims(document));
    }

    /// <summary>The JSON id of entity number <paramref name="index"/> (<c>e1</c> for the first).</summary>
    public static string EntityId(int index) => Id('e', index);

    private static ImmutableArray<EntityRecord> Entities(Document document)
    {
        if (!document.Has(Layer.Entities))
        {
            return [];
        }

        var mentions = document.Mentions.ToLookup(m => m.Entity);
        var builder = ImmutableArray.CreateBuilder<EntityRecord>(document.Entities.Length);
        for (int i = 0; i < document.Entities.Length; i++)
        {
            Entity entity = document.Entities[i];
            builder.Add(new EntityRecord(
                EntityId(i),
                TypeName(entity.Type),
                entity.Name,
                entity.Country,
                entity.Actor,
                entity.KnowledgeId,
                entity.Roles,
                [.. mentions[i].Select(m => new MentionRecord(m.Start, m.End, document.TextOf(m.Span), m.Lemma, KindName(m.Kind)))]));
        }

        return builder.MoveToImmutable();
    }

    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Organization => "ORGANIZATION",
        EntityType.Country => "COUNTRY",
        EntityType.Location => "LOCATION",
        EntityType.Event => "EVENT",
        EntityType.Product => "PRODUCT",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static string KindName(MentionKind kind) => kind switch
    {
        MentionKind.Name => "name",
        MentionKind.Nominal => "nominal",
        MentionKind.Adjective => "adjective",
        MentionKind.Pronoun => "pronoun",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The JSON id of event number <paramref name="index"/> (<c>v1</c> for the first).</summary>
    public static string EventId(int index) => Id('v', index);

    /// <summary>The JSON id of time expression number <paramref name="index"/> (<c>t1</c> for the first).</summary>
    public static string TimeId(int index) => Id('t', index);

    /// <summary>The contract's ids number from one: the first entity is <c>e1</c>, the first quote <c>q1</c>.</summary>
    private static string Id(char prefix, int index) => prefix + (index + 1).ToString(CultureInfo.InvariantCulture);

    private static ImmutableArray<string> EntityIds(ImmutableArray<int> entities) => [.. entities.Select(EntityId)];

    private static ImmutableArray<EventRecord> Events(Document document)
    {
        if (!document.Has(Layer.Events))
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<EventRecord>(document.Events.Length);
        foreach (Event e in document.Events)
        {
            Sentence sentence = document.Sentences[e.Sentence];
            builder.Add(new EventRecord(
                EventId(builder.Count),
                e.Type,
                e.Mode,
                e.Cameo,
                EntityIds(e.Source),
                EntityIds(e.Target),
                e.Date,
                e.Time is { } time ? TimeId(time) : null,
                e.Location is { } location ? EntityId(location) : null,
                e.StatusName,
                EntityIds(e.ClaimedBy),
                new SpanText(e.Trigger.Start, e.Trigger.End, document.TextOf(e.Trigger)),
                new SpanRecord(sentence.Start, sentence.End)));
        }

        return builder.MoveToImmutable();
    }

    private static ImmutableArray<ClaimRecord> Claims(Document document)
    {
        if (!document.Has(Layer.Claims))
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<ClaimRecord>(document.Claims.Length);
        foreach (Claim c in document.Claims)
        {
            builder.Add(new ClaimRecord(
                Id('c', builder.Count),
                EventId(c.Event),
                document.TextOf(c.Text),
                EntityIds(c.Claimants),
                EntityIds(c.DeniedBy),
                []));
        }

        return builder.MoveToImmutable();
    }

    private static ImmutableArray<TimeRecord> Times(Document document)
    {
        if (!document.Has(Layer.Times))
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<TimeRecord>(document.Times.Length);
        foreach (TimeExpression time in document.Times)
        {
            builder.Add(new TimeRecord(
                TimeId(builder.Count),
                time.Start,
                time.End,
                document.TextOf(time.Span),
                time.TypeName,
                time.Value));
        }

        return builder.MoveToImmutable();
    }

    private static ImmutableArray<QuoteRecord> Quotes(Document document)
    {
        if (!document.Has(Layer.Quotes))
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<QuoteRecord>(document.Quotes.Length);
        foreach (Quote quote in document.Quotes)
        {
            builder.Add(new QuoteRecord(
                Id('q', builder.Count),
                quote.Start,
                quote.End,
                document.TextOf(quote.Span),
                quote.Direct,
                quote.Speaker is { } speaker ? EntityId(speaker) : null,
                quote.SpeakerMention is { } mention ? document.TextOf(mention) : null,
                quote.Cue is { } cue ? document.TextOf(cue) : null));
        }

        return builder.MoveToImmutable();
    }
}
