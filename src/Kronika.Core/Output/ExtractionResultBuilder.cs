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
        return new ExtractionResult(ExtractionResult.SchemaName, record, Entities(document), Times(document), Quotes(document), [], []);
    }

    /// <summary>The JSON id of entity number <paramref name="index"/> (<c>e1</c> for the first).</summary>
    public static string EntityId(int index) => "e" + (index + 1).ToString(CultureInfo.InvariantCulture);

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
                "q" + (builder.Count + 1).ToString(CultureInfo.InvariantCulture),
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
                "t" + (builder.Count + 1).ToString(CultureInfo.InvariantCulture),
                time.Start,
                time.End,
                document.TextOf(time.Span),
                time.TypeName,
                time.Value));
        }

        return builder.MoveToImmutable();
    }
}
