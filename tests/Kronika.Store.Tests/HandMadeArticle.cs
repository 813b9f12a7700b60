using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Kronika.Core.Output;

namespace Kronika.Store.Tests;

/// <summary>
/// An article whose extraction is written by hand, for testing the store's rules exactly: each fact is
/// placed on the first occurrence of its words in the text, so every span is a true slice of it.
/// </summary>
public sealed class HandMadeArticle(string text, string? date = "2026-11-24", string? url = null, string? outlet = null, string? title = null)
{
    private readonly List<EntityRecord> entities = [];
    private readonly List<EventRecord> events = [];
    private readonly List<QuoteRecord> quotes = [];
    private readonly List<ClaimRecord> claims = [];

    public string Text { get; } = text.Normalize(NormalizationForm.FormC);

    public string Entity(string type, string name, string? country = null, string? knowledgeId = null, string? surface = null, params string[] roles)
    {
        string id = "e" + (entities.Count + 1).ToString(CultureInfo.InvariantCulture);
        surface ??= name;
        int start = Text.IndexOf(surface, StringComparison.Ordinal);
        ImmutableArray<MentionRecord> mentions = start < 0 ? [] : [new MentionRecord(start, start + surface.Length, surface, name, "name")];
        entities.Add(new EntityRecord(id, type, name, country, country is null ? null : country + (type == "PERSON" ? "GOV" : ""), knowledgeId, [.. roles], mentions));
        return id;
    }

    public string Event(string type, string cameo, string trigger, string[] source, string[] target, string? date, string? location = null, string status = "asserted", string[]? claimedBy = null)
    {
        string id = "v" + (events.Count + 1).ToString(CultureInfo.InvariantCulture);
        int start = Math.Max(0, Text.IndexOf(trigger, StringComparison.Ordinal));
        events.Add(new EventRecord(id, type, null, cameo, [.. source], [.. target], date, null, location, status, [.. claimedBy ?? []],
            new SpanText(start, start + trigger.Length, Text.Substring(start, trigger.Length)), new SpanRecord(0, Text.Length)));
        return id;
    }

    public void Quote(string words, string? speaker, bool direct = true)
    {
        int start = Text.IndexOf(words, StringComparison.Ordinal);
        quotes.Add(new QuoteRecord("q" + (quotes.Count + 1).ToString(CultureInfo.InvariantCulture), start, start + words.Length, words, direct, speaker, null, "powiedział"));
    }

    public void Claim(string eventId, string words, string[] claimants, string[]? deniedBy = null) =>
        claims.Add(new ClaimRecord("c" + (claims.Count + 1).ToString(CultureInfo.InvariantCulture), eventId, words, [.. claimants], [.. deniedBy ?? []], []));

    public ArticleToStore Build()
    {
        string sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text)));
        var result = new ExtractionResult(ExtractionResult.SchemaName, new DocumentRecord(sha[..16], url, title, "pl", date, sha),
            [.. entities], [], [.. quotes], [.. events], [.. claims]);
        DateOnly? published = date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new ArticleToStore(new ArticleMetadata("test", title, published, url, outlet), Text, result);
    }
}
