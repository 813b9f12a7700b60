using System.Text.Json;
using System.Text.RegularExpressions;
using Kronika.Core.Output;

namespace Kronika.Fuzz;

/// <summary>
/// The <c>kronika/1</c> JSON of one article checked against docs/schema.md: every member present (nulls
/// written out) and of its type, ids numbered from one and every reference resolving, every span a
/// well-formed range of the NFC text whose <c>text</c> is exactly that slice, and the JSON reading back into
/// the contract's records and writing out again unchanged.
/// </summary>
public static partial class JsonContract
{
    private static readonly JsonSerializerOptions Options = new(KronikaJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly HashSet<string> EntityTypes = ["PERSON", "ORGANIZATION", "COUNTRY", "LOCATION", "EVENT", "PRODUCT"];
    private static readonly HashSet<string> MentionKinds = ["name", "nominal", "adjective", "pronoun"];
    private static readonly HashSet<string> TimeTypes = ["DATE", "TIME", "DURATION", "SET"];
    private static readonly HashSet<string> Statuses = ["asserted", "negated", "claimed", "denied", "hypothetical", "conditional", "future"];

    /// <summary>The contract's JSON of <paramref name="result"/>, as <c>kronika extract --format jsonl</c> writes it.</summary>
    public static string Serialize(ExtractionResult result) => JsonSerializer.Serialize(result, Options);

    /// <summary>Checks <paramref name="json"/>, extracted from <paramref name="text"/> (the document's NFC text).</summary>
    public static void Check(string json, string text)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(text);
        using (JsonDocument parsed = JsonDocument.Parse(json))
        {
            CheckShape(parsed.RootElement, text);
        }

        ExtractionResult? back = JsonSerializer.Deserialize(json, KronikaJsonContext.Default.ExtractionResult);
        ContractInvariants.Require(back is not null, "the JSON reads back as null");
        ContractInvariants.Require(Serialize(back!) == json, "the JSON does not round-trip: read back and written again, it differs");
    }

    private static void CheckShape(JsonElement root, string text)
    {
        Members(root, "record", "schema", "document", "entities", "times", "quotes", "events", "claims");
        ContractInvariants.Require(root.GetProperty("schema").GetString() == ExtractionResult.SchemaName, "schema is not kronika/1");

        JsonElement document = root.GetProperty("document");
        Members(document, "document", "id", "source", "title", "language", "date", "sha256");
        String(document, "id", "document");
        NullableString(document, "source", "document");
        NullableString(document, "title", "document");
        ContractInvariants.Require(String(document, "language", "document").Length == 2, "document.language is not an ISO 639-1 code");
        string? date = NullableString(document, "date", "document");
        ContractInvariants.Require(date is null || IsoDate().IsMatch(date), $"document.date {date} is not YYYY-MM-DD");
        ContractInvariants.Require(Sha256().IsMatch(String(document, "sha256", "document")), "document.sha256 is not 64 lower-case hex digits");

        int entities = Items(root, "entities", 'e', (entity, where) =>
        {
            Members(entity, where, "id", "type", "name", "country", "actor", "knowledgeId", "roles", "mentions");
            ContractInvariants.Require(EntityTypes.Contains(String(entity, "type", where)), $"{where}.type is not an entity type");
            String(entity, "name", where);
            string? country = NullableString(entity, "country", where);
            ContractInvariants.Require(country is null || Alpha3().IsMatch(country), $"{where}.country {country} is not ISO 3166-1 alpha-3");
            NullableString(entity, "actor", where);
            NullableString(entity, "knowledgeId", where);
            foreach (JsonElement role in Array(entity, "roles", where))
            {
                ContractInvariants.Require(role.ValueKind == JsonValueKind.String, $"{where}.roles holds a non-string");
            }

            int mentions = 0;
            foreach (JsonElement mention in Array(entity, "mentions", where))
            {
                string at = $"{where}.mentions[{mentions++}]";
                Members(mention, at, "start", "end", "text", "lemma", "kind");
                Span(mention, at, text, withText: true);
                String(mention, "lemma", at);
                ContractInvariants.Require(MentionKinds.Contains(String(mention, "kind", at)), $"{at}.kind is not a mention kind");
            }

            ContractInvariants.Require(mentions > 0, $"{where} has no mention");
        });

        int times = Items(root, "times", 't', (time, where) =>
        {
            Members(time, where, "id", "start", "end", "text", "type", "value");
            Span(time, where, text, withText: true);
            ContractInvariants.Require(TimeTypes.Contains(String(time, "type", where)), $"{where}.type is not a time type");
            NullableString(time, "value", where);
        });

        int previousQuote = 0;
        int quotes = Items(root, "quotes", 'q', (quote, where) =>
        {
            Members(quote, where, "id", "start", "end", "text", "direct", "speaker", "speakerText", "cue");
            int start = Span(quote, where, text, withText: true);
            ContractInvariants.Require(start >= previousQuote, $"{where} is not in order of start");
            previousQuote = start;
            JsonValueKind direct = quote.GetProperty("direct").ValueKind;
            ContractInvariants.Require(direct is JsonValueKind.True or JsonValueKind.False, $"{where}.direct is not a boolean");
            Reference(quote, "speaker", 'e', entities, where);
            NullableString(quote, "speakerText", where);
            NullableString(quote, "cue", where);
        });

        int events = Items(root, "events", 'v', (e, where) =>
        {
            Members(e, where, "id", "type", "mode", "cameo", "source", "target", "date", "time", "location", "status", "claimedBy", "trigger", "sentence");
            String(e, "type", where);
            NullableString(e, "mode", where);
            NullableString(e, "cameo", where);
            References(e, "source", 'e', entities, where);
            References(e, "target", 'e', entities, where);
            NullableString(e, "date", where);
            Reference(e, "time", 't', times, where);
            Reference(e, "location", 'e', entities, where);
            ContractInvariants.Require(Statuses.Contains(String(e, "status", where)), $"{where}.status is not a status");
            References(e, "claimedBy", 'e', entities, where);
            JsonElement trigger = e.GetProperty("trigger");
            Members(trigger, $"{where}.trigger", "start", "end", "text");
            Span(trigger, $"{where}.trigger", text, withText: true);
            JsonElement sentence = e.GetProperty("sentence");
            Members(sentence, $"{where}.sentence", "start", "end");
            Span(sentence, $"{where}.sentence", text, withText: false);
        });

        Items(root, "claims", 'c', (claim, where) =>
        {
            Members(claim, where, "id", "event", "text", "claimants", "deniedBy", "quotes");
            ContractInvariants.Require(IsId(String(claim, "event", where), 'v', events), $"{where}.event does not name an event");
            String(claim, "text", where);
            References(claim, "claimants", 'e', entities, where);
            References(claim, "deniedBy", 'e', entities, where);
            References(claim, "quotes", 'q', quotes, where);
        });
    }

    /// <summary>Checks each item of the array <paramref name="name"/> and its id (<c>e1, e2…</c>); returns how many there are.</summary>
    private static int Items(JsonElement root, string name, char prefix, Action<JsonElement, string> check)
    {
        int count = 0;
        foreach (JsonElement item in Array(root, name, "record"))
        {
            string where = $"{name}[{count}]";
            ContractInvariants.Require(item.ValueKind == JsonValueKind.Object, $"{where} is not an object");
            ContractInvariants.Require(String(item, "id", where) == $"{prefix}{count + 1}", $"{where}.id is not {prefix}{count + 1}");
            check(item, where);
            count++;
        }

        return count;
    }

    private static int Span(JsonElement owner, string where, string text, bool withText)
    {
        bool integers = owner.GetProperty("start").TryGetInt32(out int start) & owner.GetProperty("end").TryGetInt32(out int end);
        ContractInvariants.Require(integers, $"{where}: start and end are not integers");
        ContractInvariants.CheckSpan(text, start, end, where);
        if (withText)
        {
            ContractInvariants.Require(String(owner, "text", where) == text[start..end], $"{where}.text is not the slice [{start}, {end}) of the text");
        }

        return start;
    }

    private static void Members(JsonElement element, string where, params string[] names)
    {
        ContractInvariants.Require(element.ValueKind == JsonValueKind.Object, $"{where} is not an object");
        string[] present = [.. element.EnumerateObject().Select(p => p.Name)];
        ContractInvariants.Require(present.SequenceEqual(names), $"{where} has members [{string.Join(", ", present)}], not [{string.Join(", ", names)}]");
    }

    private static string String(JsonElement owner, string name, string where)
    {
        JsonElement value = owner.GetProperty(name);
        ContractInvariants.Require(value.ValueKind == JsonValueKind.String, $"{where}.{name} is not a string");
        return value.GetString()!;
    }

    private static string? NullableString(JsonElement owner, string name, string where)
    {
        JsonElement value = owner.GetProperty(name);
        ContractInvariants.Require(value.ValueKind is JsonValueKind.String or JsonValueKind.Null, $"{where}.{name} is neither a string nor null");
        return value.ValueKind == JsonValueKind.Null ? null : value.GetString();
    }

    private static JsonElement.ArrayEnumerator Array(JsonElement owner, string name, string where)
    {
        JsonElement value = owner.GetProperty(name);
        ContractInvariants.Require(value.ValueKind == JsonValueKind.Array, $"{where}.{name} is not an array");
        return value.EnumerateArray();
    }

    private static void Reference(JsonElement owner, string name, char prefix, int count, string where)
    {
        string? id = NullableString(owner, name, where);
        ContractInvariants.Require(id is null || IsId(id, prefix, count), $"{where}.{name} {id} names nothing");
    }

    private static void References(JsonElement owner, string name, char prefix, int count, string where)
    {
        foreach (JsonElement id in Array(owner, name, where))
        {
            ContractInvariants.Require(id.ValueKind == JsonValueKind.String && IsId(id.GetString()!, prefix, count), $"{where}.{name} holds {id}, which names nothing");
        }
    }

    private static bool IsId(string id, char prefix, int count) =>
        id.Length > 1 && id[0] == prefix && int.TryParse(id.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n)
        && n >= 1 && n <= count && id == $"{prefix}{n}";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex Alpha3();
}
