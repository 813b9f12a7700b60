using System.Text;
using System.Text.RegularExpressions;

namespace Kronika.Ingest.Formats;

/// <summary>
/// The charset a document declares inside itself: an HTML <c>&lt;meta charset&gt;</c> or
/// <c>http-equiv="Content-Type"</c>, or an XML declaration's <c>encoding</c>. Only the first bytes are
/// looked at, as ASCII, which every supported encoding but UTF-16 shares (UTF-16 carries a byte-order mark).
/// </summary>
public static partial class DeclaredCharset
{
    private const int Window = 4096;

    public static string? Find(ReadOnlySpan<byte> bytes)
    {
        string head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, Window)]);
        Match xml = XmlDeclaration().Match(head);
        if (xml.Success)
        {
            return Usable(xml.Groups[1].Value);
        }

        Match meta = MetaCharset().Match(head);
        return meta.Success ? Usable(meta.Groups[1].Value) : null;
    }

    /// <summary>
    /// Whether a charset written in the document itself can be its encoding: a declaration found by reading the
    /// bytes as ASCII was not written in UTF-16 or UTF-32 (the HTML standard reads such a page as UTF-8), so
    /// decoding by it would turn the whole page into unrelated characters.
    /// </summary>
    private static string? Usable(string charset) =>
        charset.StartsWith("utf-16", StringComparison.OrdinalIgnoreCase) || charset.StartsWith("utf-32", StringComparison.OrdinalIgnoreCase)
        || charset.Equals("unicode", StringComparison.OrdinalIgnoreCase) || charset.StartsWith("ucs-", StringComparison.OrdinalIgnoreCase)
            ? null
            : charset;

    [GeneratedRegex("""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("""<meta[^>]*?charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
