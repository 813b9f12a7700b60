namespace Kronika.Polish.Tokenization;

/// <summary>
/// Recognises URLs, e-mail addresses, hashtags and @mentions. Trailing sentence punctuation is left out
/// of a URL or address, so "(zob. www.gov.pl)." ends with separate ")" and ".". Look-ahead for e-mail
/// addresses is capped at the RFC length limits, which keeps the tokenizer linear on odd input.
/// </summary>
internal static class WebTokenMatcher
{
    private const int MaxLocalPart = 64;
    private const int MaxDomain = 255;

    /// <summary>Length of a URL (http://, https://, ftp:// or www.) at <paramref name="start"/>, or 0.</summary>
    public static int MatchUrl(string text, int start)
    {
        int prefix = PrefixLength(text, start);
        if (prefix == 0)
        {
            return 0;
        }

        int end = TailEnd(text, start + prefix);
        return end > start + prefix ? end - start : 0;
    }

    /// <summary>
    /// Length of a bare address such as "wPolityce.pl" or "money.pl/kraj" whose first label ends at
    /// <paramref name="firstDot"/>, or 0. Only a known top-level domain makes it an address, so
    /// "koniec.Potem" (a missing space) stays as it is.
    /// </summary>
    public static int MatchBareDomain(string text, int start, int firstDot, TopLevelDomains domains)
    {
        int limit = Math.Min(text.Length, start + MaxDomain);
        int end = firstDot;
        int lastLabel = -1;
        while (end < limit && text[end] == '.')
        {
            int label = end + 1;
            int i = label;
            while (i < limit && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-'))
            {
                i++;
            }

            if (i == label)
            {
                break;
            }

            lastLabel = label;
            end = i;
        }

        bool known = lastLabel > 0 && domains.Contains(text.AsSpan(lastLabel, end - lastLabel))
            && (end == text.Length || PolishChars.WordCharLength(text, end) == 0);
        if (!known)
        {
            return 0;
        }

        return (end < text.Length && text[end] == '/' ? TailEnd(text, end) : end) - start;
    }

    /// <summary>Length of an e-mail address at <paramref name="start"/>, or 0.</summary>
    public static int MatchEmail(string text, int start)
    {
        int localLimit = Math.Min(text.Length, start + MaxLocalPart + 1);
        int at = start;
        while (at < localLimit && IsLocalPartChar(text[at]))
        {
            at++;
        }

        if (at == start || at >= text.Length || text[at] != '@' || text[at - 1] == '.')
        {
            return 0;
        }

        int end = at + 1;
        int domainLimit = Math.Min(text.Length, end + MaxDomain);
        while (end < domainLimit && (char.IsLetterOrDigit(text[end]) || text[end] is '-' or '.'))
        {
            end++;
        }

        while (end > at + 1 && text[end - 1] is '.' or '-')
        {
            end--;
        }

        // The domain needs a dot with a label on each side and a top-level part of two or more characters.
        int lastDot = text.LastIndexOf('.', end - 1, end - at - 1);
        return lastDot > at + 1 && end - lastDot > 2 ? end - start : 0;
    }

    /// <summary>Length of a hashtag (#Ukraina) or mention (@premier) at <paramref name="start"/>, or 0.</summary>
    public static int MatchTagOrMention(string text, int start)
    {
        int end = start + 1;
        while (end < text.Length)
        {
            if (text[end] == '_')
            {
                end++;
                continue;
            }

            int width = PolishChars.WordCharLength(text, end);
            if (width == 0)
            {
                break;
            }

            end += width;
        }

        return end > start + 1 ? end - start : 0;
    }

    // The rest of a URL: up to a space, quote or dash, with brackets only when balanced inside it and
    // trailing sentence punctuation left out.
    private static int TailEnd(string text, int from)
    {
        int end = from;
        int depth = 0;
        while (end < text.Length)
        {
            char c = text[end];
            if (PolishChars.IsSeparator(c) || PolishChars.IsDash(c) || (PolishChars.IsQuote(c) && c != '\'') || c is '<' or '>')
            {
                break;
            }

            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                if (depth == 0)
                {
                    break;
                }

                depth--;
            }

            end++;
        }

        while (end > from && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '…' or '\'')
        {
            end--;
        }

        return end;
    }

    private static int PrefixLength(string text, int start)
    {
        // Most words starting with h, w or f are not URLs; the second letter rules them out cheaply.
        if (start + 4 >= text.Length || (text[start + 1] | 0x20) is not ('t' or 'w'))
        {
            return 0;
        }

        ReadOnlySpan<char> rest = text.AsSpan(start, Math.Min(8, text.Length - start));
        if (rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return 8;
        }

        if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return 7;
        }

        if (rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase))
        {
            return 6;
        }

        bool www = rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            && start + 4 < text.Length && char.IsLetterOrDigit(text[start + 4]);
        return www ? 4 : 0;
    }

    private static bool IsLocalPartChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-' || (c > '\u007F' && char.IsLetterOrDigit(c));
}
