using System.Text.Json;

namespace Kronika.Ingest.Formats;

/// <summary>
/// Tells plain text, HTML, JSON Lines and RSS/Atom apart by looking at the start of the decoded text, so
/// that a feed saved as <c>.txt</c> or a page served as <c>text/plain</c> is still read for what it is.
/// </summary>
public static class ContentSniffer
{
    private const int Window = 4096;

    public static ContentKind Detect(string text, string? nameOrMediaType = null)
    {
        ReadOnlySpan<char> head = text.AsSpan(0, Math.Min(text.Length, Window)).TrimStart().TrimStart('\uFEFF');
        if (head.StartsWith('<'))
        {
            string lower = head.ToString().ToLowerInvariant();
            if (StartsWithFeedRoot(lower))
            {
                return ContentKind.Feed;
            }

            if (lower.Contains("<html", StringComparison.Ordinal) || lower.StartsWith("<!doctype html", StringComparison.Ordinal)
                || lower.Contains("<body", StringComparison.Ordinal) || lower.Contains("<p>", StringComparison.Ordinal)
                || lower.Contains("<article", StringComparison.Ordinal) || lower.Contains("<div", StringComparison.Ordinal))
            {
                return ContentKind.Html;
            }
        }

        if (head.StartsWith('{') && FirstLineIsJsonObject(text))
        {
            return ContentKind.JsonLines;
        }

        string hint = nameOrMediaType?.ToLowerInvariant() ?? "";
        return hint.EndsWith(".html", StringComparison.Ordinal) || hint.EndsWith(".htm", StringComparison.Ordinal) || hint.Contains("text/html", StringComparison.Ordinal)
            ? ContentKind.Html
            : hint.EndsWith(".jsonl", StringComparison.Ordinal) ? ContentKind.JsonLines : ContentKind.PlainText;
    }

    /// <summary>The first element after any XML declaration, comments and processing instructions is rss, feed or rdf:RDF.</summary>
    private static bool StartsWithFeedRoot(string lower)
    {
        int i = 0;
        while (i < lower.Length)
        {
            int open = lower.IndexOf('<', i);
            if (open < 0 || open + 1 >= lower.Length)
            {
                return false;
            }

            char next = lower[open + 1];
            if (next is '?' or '!')
            {
                int close = lower.IndexOf('>', open);
                if (close < 0)
                {
                    return false;
                }

                i = close + 1;
                continue;
            }

            ReadOnlySpan<char> name = lower.AsSpan(open + 1);
            return name.StartsWith("rss") || name.StartsWith("feed") || name.StartsWith("rdf:rdf");
        }

        return false;
    }

    private static bool FirstLineIsJsonObject(string text)
    {
        int newline = text.IndexOf('\n');
        string first = (newline < 0 ? text : text[..newline]).Trim();
        try
        {
            using JsonDocument json = JsonDocument.Parse(first);
            return json.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
