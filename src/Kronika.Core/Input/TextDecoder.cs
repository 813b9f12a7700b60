using System.Text;

namespace Kronika.Core.Input;

/// <summary>
/// Turns the bytes of a file into text. The encoding is taken from a byte-order mark, else from the
/// caller, else detected: valid UTF-8 is UTF-8; anything else is tried as the two legacy Central European
/// encodings (windows-1250 and ISO-8859-2) and the one whose decoding looks most like Polish text wins.
/// Binary data (NUL bytes outside UTF-16) is refused rather than guessed at.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// Decodes <paramref name="bytes"/>; <paramref name="encodingName"/> forces an encoding (e.g. <c>windows-1250</c>).
    /// <paramref name="declaredCharset"/> is what the source says of itself (an HTTP header, an HTML meta tag, an
    /// XML declaration): it comes after a byte-order mark and before detection, and is ignored when it is unknown
    /// or the bytes are not valid in it, since pages often declare one encoding and use another.
    /// </summary>
    /// <exception cref="InputException">The bytes are not text in any supported encoding, or the name is unknown.</exception>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? encodingName = null, string? declaredCharset = null)
    {
        if (encodingName is not null)
        {
            Encoding forced = Resolve(encodingName);
            try
            {
                Encoding strict = Encoding.GetEncoding(forced.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
                return new DecodedText(strict.GetString(SkipPreamble(bytes, forced)), forced.WebName);
            }
            catch (DecoderFallbackException)
            {
                throw new InputException($"the input is not valid {forced.WebName}");
            }
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        }

        if (declaredCharset is not null && TryDecodeDeclared(bytes, declaredCharset) is { } declared)
        {
            return declared;
        }

        if (bytes.Contains((byte)0))
        {
            throw new InputException("the input contains NUL bytes: it looks like a binary file, not text (use --encoding utf-16 for UTF-16 without a byte-order mark)");
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return new DecodedText(Encoding.UTF8.GetString(bytes), "utf-8");
        }

        return DecodeLegacy(bytes);
    }

    private static DecodedText? TryDecodeDeclared(ReadOnlySpan<byte> bytes, string charset)
    {
        Encoding declared;
        try
        {
            declared = Encoding.GetEncoding(charset.Trim().Trim('"', '\''), EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // An unknown name, or one .NET refuses to decode (UTF-7, disabled as unsafe): the content decides.
            return null;
        }

        try
        {
            return new DecodedText(declared.GetString(bytes), declared.WebName);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static DecodedText DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return new DecodedText(StrictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            throw new InputException("the input starts with a UTF-8 byte-order mark but is not valid UTF-8");
        }
    }

    /// <summary>
    /// Text that is not valid UTF-8 as a whole: its lines that are valid UTF-8 and not plain ASCII stay UTF-8
    /// (a file pasted together from two sources), the others are read in whichever legacy encoding looks most like Polish.
    /// </summary>
    private static DecodedText DecodeLegacy(ReadOnlySpan<byte> bytes)
    {
        List<Range> lines = Lines(bytes);
        bool[] isUtf8 = new bool[lines.Count];
        using var legacyBytes = new MemoryStream(bytes.Length);
        for (int i = 0; i < lines.Count; i++)
        {
            ReadOnlySpan<byte> span = bytes[lines[i]];
            isUtf8[i] = !System.Text.Ascii.IsValid(span) && System.Text.Unicode.Utf8.IsValid(span);
            if (!isUtf8[i])
            {
                legacyBytes.Write(span);
            }
        }

        Encoding legacy = LegacyEncoding(legacyBytes.GetBuffer().AsSpan(0, (int)legacyBytes.Length));
        if (!isUtf8.Contains(true))
        {
            return new DecodedText(legacy.GetString(bytes), legacy.WebName);
        }

        var text = new StringBuilder(bytes.Length);
        for (int i = 0; i < lines.Count; i++)
        {
            text.Append((isUtf8[i] ? Encoding.UTF8 : legacy).GetString(bytes[lines[i]]));
        }

        return new DecodedText(text.ToString(), $"utf-8 and {legacy.WebName}");
    }

    /// <summary>The ranges of the lines, each with its line feed.</summary>
    private static List<Range> Lines(ReadOnlySpan<byte> bytes)
    {
        var lines = new List<Range>();
        int start = 0;
        while (start < bytes.Length)
        {
            int feed = bytes[start..].IndexOf((byte)'\n');
            int end = feed < 0 ? bytes.Length : start + feed + 1;
            lines.Add(start..end);
            start = end;
        }

        return lines;
    }

    private static Encoding LegacyEncoding(ReadOnlySpan<byte> bytes)
    {
        Encoding cp1250 = Encoding.GetEncoding(1250);
        Encoding latin2 = Encoding.GetEncoding(28592);
        int cp1250Score = PolishLetterScore(cp1250.GetString(bytes));
        int latin2Score = PolishLetterScore(latin2.GetString(bytes));
        if (Math.Max(cp1250Score, latin2Score) <= 0)
        {
            throw new InputException("the input is not valid UTF-8 and does not look like windows-1250 or ISO-8859-2 text; name its encoding with --encoding");
        }

        return cp1250Score >= latin2Score ? cp1250 : latin2;
    }

    /// <summary>
    /// Counts Polish letters minus characters that would be implausible in Polish text (C1 controls,
    /// letters the two encodings swap, such as Ą/Ą's stand-ins ˇ and Ľ). Only bytes ≥ 0x80 differ between the encodings.
    /// </summary>
    private static int PolishLetterScore(string text)
    {
        int score = 0;
        int nonAscii = 0;
        foreach (char c in text)
        {
            if (c < 0x80)
            {
                continue;
            }

            nonAscii++;
            if ("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ„”–—«»".Contains(c))
            {
                score += 2;
            }
            else if (c < 0xA0 || c == '\uFFFD' || "ˇĽľšťžŠŤŽ¦¶¤".Contains(c))
            {
                score -= 3;
            }
        }

        return nonAscii == 0 ? 1 : score;
    }

    private static ReadOnlySpan<byte> SkipPreamble(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        ReadOnlySpan<byte> preamble = encoding.Preamble;
        return preamble.Length > 0 && bytes.StartsWith(preamble) ? bytes[preamble.Length..] : bytes;
    }

    private static Encoding Resolve(string name)
    {
        try
        {
            return Encoding.GetEncoding(name.Trim());
        }
        catch (ArgumentException)
        {
            throw new InputException($"unknown encoding '{name}' (try utf-8, utf-16, windows-1250 or iso-8859-2)");
        }
        catch (NotSupportedException)
        {
            throw new InputException($"the encoding '{name}' is not supported (try utf-8, utf-16, windows-1250 or iso-8859-2)");
        }
    }
}

/// <summary>Decoded text and the name of the encoding it was read in.</summary>
public sealed record DecodedText(string Text, string Encoding);
