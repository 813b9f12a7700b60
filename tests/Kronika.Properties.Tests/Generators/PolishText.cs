using System.Collections.Immutable;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Kronika.Properties.Tests.Generators;

/// <summary>
/// A generated text, kept as the pieces it was built from so that FsCheck shrinks a failing text by dropping
/// pieces; shown escaped, so that control characters and lone surrogates are readable in a failure.
/// </summary>
public sealed record PolishText(ImmutableArray<string> Pieces)
{
    public string Text { get; } = string.Concat(Pieces);

    public override string ToString()
    {
        var shown = new StringBuilder("\"");
        foreach (char c in Text)
        {
            shown.Append(c is < ' ' or '\u007F' or '"' or '\\' || char.IsSurrogate(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format
                ? $"\\u{(int)c:X4}"
                : c.ToString());
        }

        return shown.Append('"').ToString();
    }

    /// <summary>The text without each one of its pieces in turn, then its first and second half.</summary>
    public IEnumerable<PolishText> Shrink()
    {
        if (Pieces.Length > 1)
        {
            yield return new PolishText(Pieces[..(Pieces.Length / 2)]);
            yield return new PolishText(Pieces[(Pieces.Length / 2)..]);
        }

        for (int i = 0; i < Pieces.Length; i++)
        {
            yield return new PolishText(Pieces.RemoveAt(i));
        }
    }
}

/// <summary>An HTML page built from tags, entities and <see cref="PolishText"/> pieces, as its UTF-8 bytes.</summary>
public sealed record HtmlPage(ImmutableArray<string> Pieces)
{
    public string Html { get; } = string.Concat(Pieces);

    public byte[] Bytes => Encoding.UTF8.GetBytes(Html);

    public override string ToString() => new PolishText(Pieces).ToString();

    public IEnumerable<HtmlPage> Shrink() => new PolishText(Pieces).Shrink().Select(t => new HtmlPage(t.Pieces));
}

/// <summary>
/// The generators, registered with <c>[Property(Arbitrary = [typeof(PolishTexts)])]</c>. Text mixes Polish
/// words from <c>words-pl.txt</c> (names, roles, event verbs, times, abbreviations) with punctuation, every
/// kind of quotation mark and dash, digits and dates, emoji, combining marks, control characters,
/// right-to-left text, noncharacters and lone surrogates; sentences built from the word classes in news
/// order (who, said what, that whom, when) reach the later stages as well as the tokenizer.
/// </summary>
public static class PolishTexts
{
    private static readonly string[] Punctuation = [".", ",", ";", ":", "!", "?", "…", "...", "(", ")", "[", "]", "/", "%", "§", "&", "*", "+", "=", "@", "#", "'", "’", "`"];
    private static readonly string[] Quotes = ["„", "”", "«", "»", "\"", "“", "‘", "‚", "›", "‹", "''", ",,"];
    private static readonly string[] Dashes = ["-", "–", "—", "‐", "−", " - ", " – ", " — "];
    private static readonly string[] Spaces = [" ", " ", " ", "  ", "\t", "\u00A0", "\u2009", "\u3000", "\n", "\n\n", "\r\n", "\r\n\r\n", "\u2028", "\u2029", "\u000B", "\u000C"];
    private static readonly string[] Numbers = ["0", "7", "12", "2024", "0000", "9999", "1 000", "3,5", "1.5", "19.06.", "31.02.2024", "2024-13-45", "15:3", "24:00", "99:99", "10-12", "1/2", "12:30:45", "100 000", "5%", "XXI", "III", "2.", "-3", "+48 22 123 45 67"];
    private static readonly string[] Emoji = ["😀", "👍🏽", "🇵🇱", "👨‍👩‍👧", "❤️", "🏳️‍🌈", "\U0001F600\u0301", "©", "™", "𝔸", "\U00020000"];
    private static readonly string[] Combining = ["\u0301", "\u0307", "\u0328", "\u0300\u0301", "\u20DD", "\u0338", "\uFE0F", "\u200D", "\u200C"];
    private static readonly string[] Control = ["\u0000", "\u0001", "\u0007", "\u001B", "\u007F", "\u0085", "\u0090", "\u200B", "\uFEFF", "\u00AD", "\u2060", "\u200E", "\u200F", "\u202E", "\u2066", "\u2069"];
    private static readonly string[] RightToLeft = ["שלום", "مرحبا", "עברית 123", "\u202Bمرحبا\u202C", "ا\u0651"];
    private static readonly string[] NotText = ["\uFFFE", "\uFFFF", "\uD800", "\uDC00", "\uDE00\uD83D", "\uFFFD", "\uFDD0"];
    private static readonly string[] Web = ["https://example.pl/a?b=1&c=ż", "www.example.pl", "kontakt@example.pl", "#hashtag", "@konto", "C++", "e-mail", "O'Brien", "Nowak-Kowalska"];

    /// <summary>A text of words, punctuation and unusual characters; sentences in news order make up about a third.</summary>
    public static Arbitrary<PolishText> Text() =>
        Arb.From(Gen.Sized(size => Gen.ListOf(Piece(), Math.Clamp(size, 1, 80)).Select(p => new PolishText([.. p]))), t => t.Shrink());

    /// <summary>An HTML page of well- and ill-formed markup around text.</summary>
    public static Arbitrary<HtmlPage> Page() =>
        Arb.From(Gen.Sized(size => Gen.ListOf(Gen.Frequency((3, Markup()), (4, Piece())), Math.Clamp(size, 1, 80)).Select(p => new HtmlPage([.. p]))), p => p.Shrink());

    private static Gen<string> Piece() => Gen.Frequency(
        (12, Gen.Elements(Words)),
        (10, Gen.Elements(Spaces)),
        (6, Sentence()),
        (4, Gen.Elements(Punctuation)),
        (3, Gen.Elements(Quotes)),
        (2, Gen.Elements(Dashes)),
        (3, Gen.Elements(Numbers)),
        (1, Gen.Elements(Emoji)),
        (1, Gen.Elements(Combining)),
        (1, Gen.Elements(Control)),
        (1, Gen.Elements(RightToLeft)),
        (1, Gen.Elements(NotText)),
        (1, Gen.Elements(Web)));

    /// <summary>"Premier Donald Tusk powiedział w środę, że Rosja zaatakowała Ukrainę." and its variations.</summary>
    private static Gen<string> Sentence() =>
        from role in Gen.Frequency((1, Gen.Elements(WordList.Section("roles")).Select(r => r + " ")), (2, Gen.Constant("")))
        from subject in Gen.Elements(WordList.Section("names"))
        from verb in Gen.Elements(WordList.Section("verbs"))
        from time in Gen.Frequency((1, Gen.Elements(WordList.Section("times")).Select(t => " " + t)), (2, Gen.Constant("")))
        from reported in Gen.Frequency((1, ReportedClause()), (2, Gen.Constant("")))
        from obj in Gen.Elements([.. WordList.Section("names"), .. WordList.Section("nouns")])
        from end in Gen.Elements(". ", ".\n", "!", "? ", "", ".\n\n", "”. ", "\n\n")
        from quoted in Gen.Frequency((1, Gen.Constant(true)), (4, Gen.Constant(false)))
        select quoted
            ? $"„{subject} {verb} {obj}” – {verb} {role}{subject}{time}{end}"
            : $"{role}{subject} {verb}{time}{reported} {obj}{end}";

    private static Gen<string> ReportedClause() =>
        from opener in Gen.Elements(", że ", ", iż ", ": ", " według ", ", który ")
        from who in Gen.Elements(WordList.Section("names"))
        from verb in Gen.Elements(WordList.Section("verbs"))
        select opener + who + " " + verb;

    private static Gen<string> Markup() => Gen.Elements(
        "<p>", "</p>", "<div>", "</div>", "<article>", "</article>", "<br>", "<br/>", "<h1>", "</h1>", "<span class=\"x\">", "</span>",
        "<html>", "</html>", "<head>", "</head>", "<body>", "</body>", "<title>", "</title>", "<!DOCTYPE html>", "<!-- ", " -->",
        "<script>", "</script>", "<style>", "</style>", "<meta charset=\"utf-8\">", "<meta charset=\"windows-1250\">", "<meta charset=\"utf-7\">",
        "<meta charset=\"utf-16\">", "<meta charset=\"x-unknown\">", "<meta property=\"og:title\" content=\"", "<meta property=\"article:published_time\" content=\"2024-06-19T10:00:00Z\">",
        "<meta name=\"author\" content=\"", "\">", "<link rel=\"canonical\" href=\"", "https://example.pl/a", "javascript:void(0)", "<a href=\"", "</a>",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"", "\"}</script>", "<img src=x alt=\"",
        "&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;", "&#x1F600;", "&#0;", "&#xD800;", "&#65534;", "&bdquo;", "&rdquo;", "&", "<", ">", "<![CDATA[", "]]>",
        "<table><tr><td>", "</td></tr></table>", "<ul><li>", "</li></ul>", "<iframe>", "<noscript>", "<template>", "<svg><text>", "</text></svg>");

    private static readonly string[] Words =
        [.. WordList.Section("names"), .. WordList.Section("roles"), .. WordList.Section("verbs"), .. WordList.Section("nouns"),
         .. WordList.Section("function"), .. WordList.Section("times"), .. WordList.Section("abbreviations")];
}
