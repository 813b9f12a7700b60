using System.Text;

namespace Kronika.Polish.Morphology;

/// <summary>
/// The parts of a Morfologik <c>.info</c> file (Java properties) that decoding needs.
/// </summary>
public sealed record MorfologikInfo(byte Separator, LemmaEncoding Encoding)
{
    /// <summary>Parses the properties text; throws <see cref="DictionaryCorruptException"/> if required keys are missing or unsupported.</summary>
    public static MorfologikInfo Parse(string text, string sourceName)
    {
        var properties = ReadProperties(text);

        if (properties.TryGetValue("fsa.dict.encoding", out string? charset)
            && !charset.Equals("UTF-8", StringComparison.OrdinalIgnoreCase)
            && !charset.Equals("UTF8", StringComparison.OrdinalIgnoreCase))
            throw new DictionaryCorruptException($"{sourceName}: unsupported dictionary charset '{charset}' (only UTF-8 is supported).");

        if (!properties.TryGetValue("fsa.dict.separator", out string? separator) || separator.Length != 1 || separator[0] > 0x7F)
            throw new DictionaryCorruptException($"{sourceName}: missing or invalid fsa.dict.separator in the .info metadata.");

        // Morfologik 1.x wrote fsa.dict.uses-prefixes/-infixes flags instead of an explicit encoder.
        string encoder = properties.GetValueOrDefault("fsa.dict.encoder")
            ?? (IsTrue(properties, "fsa.dict.uses-infixes") ? "INFIX"
                : IsTrue(properties, "fsa.dict.uses-prefixes") ? "PREFIX" : "SUFFIX");

        LemmaEncoding encoding = encoder.ToUpperInvariant() switch
        {
            "NONE" => LemmaEncoding.None,
            "SUFFIX" => LemmaEncoding.Suffix,
            "PREFIX" => LemmaEncoding.Prefix,
            "INFIX" => LemmaEncoding.Infix,
            _ => throw new DictionaryCorruptException($"{sourceName}: unsupported fsa.dict.encoder '{encoder}'."),
        };
        return new MorfologikInfo((byte)separator[0], encoding);
    }

    private static bool IsTrue(Dictionary<string, string> properties, string key) =>
        properties.TryGetValue(key, out string? value) && value.Equals("true", StringComparison.OrdinalIgnoreCase);

    // Minimal Java-properties reader: comments, key=value / key:value / key value, \uXXXX escapes.
    // Line continuations are not used by Morfologik metadata and are not supported.
    private static Dictionary<string, string> ReadProperties(string text)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string rawLine in text.Split('\n'))
        {
            string line = rawLine.Trim();
            if (line.Length == 0 || line[0] is '#' or '!')
                continue;
            int split = line.IndexOfAny(['=', ':', ' ', '\t']);
            if (split <= 0)
                continue;
            string key = line[..split].Trim();
            string value = Unescape(line[(split + 1)..].Trim());
            result[key] = value;
        }
        return result;
    }

    private static string Unescape(string value)
    {
        if (!value.Contains('\\'))
            return value;
        var sb = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c != '\\' || i + 1 >= value.Length)
            {
                sb.Append(c);
                continue;
            }
            char next = value[++i];
            if (next == 'u' && i + 4 < value.Length
                && int.TryParse(value.AsSpan(i + 1, 4), System.Globalization.NumberStyles.HexNumber, null, out int code))
            {
                sb.Append((char)code);
                i += 4;
            }
            else
            {
                sb.Append(next switch { 't' => '\t', 'n' => '\n', 'r' => '\r', _ => next });
            }
        }
        return sb.ToString();
    }
}
