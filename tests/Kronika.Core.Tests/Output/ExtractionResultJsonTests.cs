using System.Text.Json;
using Kronika.Core.Output;
using Kronika.Core.Text;

namespace Kronika.Core.Tests.Output;

public sealed class ExtractionResultJsonTests
{
    private static ExtractionResult Minimal(DocumentInfo? info = null) =>
        ExtractionResultBuilder.From(Document.Create("Prezydent podpisał ustawę w Warszawie.", info));

    private static string Serialize(ExtractionResult result) => JsonSerializer.Serialize(result, KronikaJsonContext.Default.ExtractionResult);

    private static ExtractionResult Full() => new(
        ExtractionResult.SchemaName,
        new DocumentRecord("d1", "a.txt", "Tytuł", "pl", "2024-06-20", "abc"),
        [new EntityRecord("e1", "person", "Jan Kowalski", "PL", null, null, ["minister"], [new MentionRecord(0, 12, "Janem Kowalskim", "Jan Kowalski", "name")])],
        [new TimeRecord("t1", 20, 27, "wczoraj", "date", "2024-06-19")],
        [new QuoteRecord("q1", 30, 50, "Nie zgadzam się", true, "e1", "minister", "powiedział")],
        [new EventRecord("v1", "meet", null, "040", ["e1"], [], "2024-06-19", null, "Warszawa", "asserted", [], new SpanText(13, 20, "spotkał"), new SpanRecord(0, 60))],
        [new ClaimRecord("c1", "v1", "Minister spotkał się z posłami.", ["e1"], [], ["q1"])]);

    [Fact]
    public void Top_level_keys_are_exactly_the_contract()
    {
        using JsonDocument json = JsonDocument.Parse(Serialize(Minimal()));

        Assert.Equal(["schema", "document", "entities", "times", "quotes", "events", "claims"], json.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Schema_is_kronika_1()
    {
        using JsonDocument json = JsonDocument.Parse(Serialize(Minimal()));

        Assert.Equal("kronika/1", json.RootElement.GetProperty("schema").GetString());
    }

    [Fact]
    public void Empty_layers_are_empty_arrays()
    {
        using JsonDocument json = JsonDocument.Parse(Serialize(Minimal()));

        foreach (string key in new[] { "entities", "times", "quotes", "events", "claims" })
        {
            Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty(key).ValueKind);
            Assert.Equal(0, json.RootElement.GetProperty(key).GetArrayLength());
        }
    }

    [Fact]
    public void Document_record_has_camel_case_keys_and_writes_nulls()
    {
        using JsonDocument json = JsonDocument.Parse(Serialize(Minimal()));
        JsonElement document = json.RootElement.GetProperty("document");

        Assert.Equal(["id", "source", "title", "language", "date", "sha256"], document.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, document.GetProperty("source").ValueKind);
        Assert.Equal(JsonValueKind.Null, document.GetProperty("title").ValueKind);
        Assert.Equal(JsonValueKind.Null, document.GetProperty("date").ValueKind);
        Assert.Equal("pl", document.GetProperty("language").GetString());
    }

    [Fact]
    public void Document_record_carries_id_hash_source_and_date()
    {
        Document source = Document.Create("Prezydent podpisał ustawę w Warszawie.", new DocumentInfo(Source: "art.txt", Date: new DateOnly(2024, 6, 20)));
        ExtractionResult result = ExtractionResultBuilder.From(source);

        Assert.Equal(source.Sha256, result.Document.Sha256);
        Assert.Equal(source.Sha256[..16], result.Document.Id);
        Assert.Equal("art.txt", result.Document.Source);
        Assert.Equal("2024-06-20", result.Document.Date);
    }

    [Fact]
    public void Every_key_at_every_depth_is_camel_case_and_nulls_are_kept()
    {
        using JsonDocument json = JsonDocument.Parse(Serialize(Full()));
        var names = new List<string>();
        Collect(json.RootElement, names);

        Assert.All(names, name => Assert.True(char.IsLower(name[0]), $"'{name}' is not camelCase"));
        Assert.Contains("speakerText", names);
        Assert.Contains("claimedBy", names);
        Assert.Contains("deniedBy", names);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("entities")[0].GetProperty("actor").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("events")[0].GetProperty("mode").ValueKind);
    }

    [Fact]
    public void A_full_result_round_trips_to_the_same_shape()
    {
        string first = Serialize(Full());

        ExtractionResult? back = JsonSerializer.Deserialize(first, KronikaJsonContext.Default.ExtractionResult);

        Assert.NotNull(back);
        Assert.Equal(Full().Document, back.Document);
        Assert.Equal("Janem Kowalskim", back.Entities[0].Mentions[0].Text);
        Assert.Equal(new SpanText(13, 20, "spotkał"), back.Events[0].Trigger);
        Assert.Equal("q1", Assert.Single(back.Claims[0].Quotes));
        Assert.Equal(first, Serialize(back));
    }

    [Fact]
    public void A_minimal_result_round_trips_to_the_same_shape()
    {
        ExtractionResult original = Minimal();
        string first = Serialize(original);

        ExtractionResult back = JsonSerializer.Deserialize(first, KronikaJsonContext.Default.ExtractionResult)!;

        Assert.Equal(original.Schema, back.Schema);
        Assert.Equal(original.Document, back.Document);
        Assert.True(back.Entities.IsEmpty && back.Times.IsEmpty && back.Quotes.IsEmpty && back.Events.IsEmpty && back.Claims.IsEmpty);
        Assert.Equal(first, Serialize(back));
    }

    private static void Collect(JsonElement element, List<string> names)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    names.Add(property.Name);
                    Collect(property.Value, names);
                }

                break;
            case JsonValueKind.Array:
                foreach (JsonElement item in element.EnumerateArray())
                {
                    Collect(item, names);
                }

                break;
        }
    }

    [Fact]
    public void Entities_carry_their_mentions_with_the_exact_text_and_kind()
    {
        var document = Document.Create("Rosyjski przywódca przyjechał.");
        document.SetTokens([new Token(0, 8, TokenKind.Word), new Token(9, 18, TokenKind.Word), new Token(19, 29, TokenKind.Word), new Token(29, 30, TokenKind.Punctuation)]);
        document.SetEntities(
            [new Entity(EntityType.Person, "Władimir Putin", "RUS", "RUSGOV", ["prezydent RUS"], "person:putin"), new Entity(EntityType.Country, "Rosja", "RUS", "RUS", [], "country:RUS")],
            [new EntityMention(0, 2, 0, 18, "rosyjski przywódca", MentionKind.Nominal, 0), new EntityMention(0, 1, 0, 8, "rosyjski", MentionKind.Adjective, 1)]);

        ExtractionResult result = ExtractionResultBuilder.From(document);

        Assert.Equal(["e1", "e2"], result.Entities.Select(e => e.Id));
        Assert.Equal(("PERSON", "RUSGOV"), (result.Entities[0].Type, result.Entities[0].Actor));
        Assert.Equal(new MentionRecord(0, 18, "Rosyjski przywódca", "rosyjski przywódca", "nominal"), Assert.Single(result.Entities[0].Mentions));
        Assert.Equal(("COUNTRY", "adjective"), (result.Entities[1].Type, result.Entities[1].Mentions[0].Kind));
    }

    [Fact]
    public void A_mention_of_an_entity_that_does_not_exist_is_refused()
    {
        var document = Document.Create("Rosja.");
        document.SetTokens([new Token(0, 5, TokenKind.Word), new Token(5, 6, TokenKind.Punctuation)]);
        Assert.Throws<ArgumentOutOfRangeException>(() => document.SetEntities([], [new EntityMention(0, 1, 0, 5, "Rosja", MentionKind.Name, 0)]));
        Assert.False(document.Has(Layer.Entities));
    }

    [Fact]
    public void Quotes_carry_the_quoted_words_their_speaker_id_and_the_words_of_the_attribution()
    {
        const string text = "„Nie ma zgody” – powiedział Putin. Według Rosji to kłamstwo.";
        Document document = Document.Create(text);
        document.SetTokens([new Token(0, 1, TokenKind.Quote)]);
        document.SetEntities(
            [new Entity(EntityType.Country, "Rosja", "RUS", "RUS", [], null), new Entity(EntityType.Person, "Władimir Putin", "RUS", "RUSGOV", [], "person:putin")],
            []);
        int putin = text.IndexOf("Putin", StringComparison.Ordinal);
        int spoke = text.IndexOf("powiedział", StringComparison.Ordinal);
        int claim = text.IndexOf("to kłamstwo", StringComparison.Ordinal);
        document.SetQuotes(
        [
            new Quote(1, 13, true, 1, new TextSpan(putin, putin + 5), new TextSpan(spoke, spoke + 10), "powiedzieć"),
            new Quote(claim, claim + 11, false, null, null, null, null),
        ]);

        ExtractionResult result = ExtractionResultBuilder.From(document);

        Assert.Equal(new QuoteRecord("q1", 1, 13, "Nie ma zgody", true, "e2", "Putin", "powiedział"), result.Quotes[0]);
        Assert.Equal(new QuoteRecord("q2", claim, claim + 11, "to kłamstwo", false, null, null, null), result.Quotes[1]);
    }
}
