namespace Kronika.Polish.Morphology;

/// <summary>
/// Rebuilds a lemma from a word form and Morfologik's byte-level lemma code.
/// </summary>
/// <remarks>
/// Each count byte is stored as <c>'A' + n</c> and counts UTF-8 bytes, not characters.
/// The value 255 (<c>'A' + n</c> wrapping to 0xFF) means "drop the whole form" and is how the
/// encoder handles lemmas sharing nothing with the form.
/// </remarks>
public static class LemmaDecoder
{
    private const int RemoveEverything = 255;

    /// <summary>Upper bound on the decoded length, for sizing the destination buffer.</summary>
    public static int MaxLength(int formLength, int codeLength) => formLength + codeLength;

    /// <summary>Writes the lemma into <paramref name="destination"/> and returns its length, or -1 if the code is malformed.</summary>
    public static int Decode(LemmaEncoding encoding, ReadOnlySpan<byte> form, ReadOnlySpan<byte> code, Span<byte> destination)
    {
        switch (encoding)
        {
            case LemmaEncoding.None:
                code.CopyTo(destination);
                return code.Length;
            case LemmaEncoding.Suffix:
                if (code.Length < 1)
                    return -1;
                return Assemble(form, 0, Count(code[0]), code[1..], destination);
            case LemmaEncoding.Prefix:
                if (code.Length < 2)
                    return -1;
                return Assemble(form, Count(code[0]), Count(code[1]), code[2..], destination);
            case LemmaEncoding.Infix:
                if (code.Length < 3)
                    return -1;
                // {X}{L}: L bytes removed at offset X; a prefix removal is X = 0.
                int at = Count(code[0]), infix = Count(code[1]), suffix = Count(code[2]);
                if (at == RemoveEverything || infix == RemoveEverything || suffix == RemoveEverything)
                    return Assemble(form, form.Length, 0, code[3..], destination);
                if (at + infix + suffix > form.Length)
                    return -1;
                form[..at].CopyTo(destination);
                int kept = form.Length - suffix - at - infix;
                form.Slice(at + infix, kept).CopyTo(destination[at..]);
                code[3..].CopyTo(destination[(at + kept)..]);
                return at + kept + code.Length - 3;
            default:
                return -1;
        }
    }

    private static int Count(byte b) => (b - 'A') & 0xFF;

    private static int Assemble(ReadOnlySpan<byte> form, int prefix, int suffix, ReadOnlySpan<byte> append, Span<byte> destination)
    {
        if (prefix == RemoveEverything || suffix == RemoveEverything)
        {
            prefix = form.Length;
            suffix = 0;
        }
        int kept = form.Length - prefix - suffix;
        if (kept < 0)
            return -1;
        form.Slice(prefix, kept).CopyTo(destination);
        append.CopyTo(destination[kept..]);
        return kept + append.Length;
    }
}
