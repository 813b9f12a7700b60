using System.Buffers;
using System.Globalization;
using System.Text;

namespace Kronika.Polish.Tokenization;

/// <summary>
/// Character classes the tokenizer and sentence splitter agree on. Kept in one place so that "what is a
/// quote" or "what breaks a line" has one answer.
/// </summary>
internal static class PolishChars
{
    // Quotation marks seen in Polish text: „…” (standard), »…« and «…» (typographic), straight and
    // English-style quotes copied from other sources, and the low single quote ‚…’.
    private static readonly SearchValues<char> Quotes = SearchValues.Create("„”“‟\"'«»‹›‚‘’‛`＂");

    // En dash, em dash, figure dash, horizontal bar and the long dashes; used as punctuation, never inside words.
    private static readonly SearchValues<char> Dashes = SearchValues.Create("–—‒―⸺⸻");

    // Hyphens that join parts of a compound word (polsko-ukraiński, F-16).
    private static readonly SearchValues<char> Hyphens = SearchValues.Create("-\u2010\u2011");

    // Apostrophes allowed between letters (O'Brien, Farage'a).
    private static readonly SearchValues<char> Apostrophes = SearchValues.Create("'’ʼ");

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u000B\u000C\u0085\u2028\u2029");

    private static readonly SearchValues<char> ClosingBrackets = SearchValues.Create(")]}");

    private static readonly SearchValues<char> OpeningBrackets = SearchValues.Create("([{");

    // Characters that are punctuation to Unicode but that news analysis treats as symbols.
    private static readonly SearchValues<char> ExtraSymbols = SearchValues.Create("%‰‱§¶#&@");

    // Spaces that may separate digit groups in numbers (1 000, 10 000 000).
    private static readonly SearchValues<char> DigitGroupSpaces = SearchValues.Create(" \u00A0\u2009\u202F");

    public static bool IsQuote(char c) => Quotes.Contains(c);

    public static bool IsDash(char c) => Dashes.Contains(c);

    public static bool IsHyphen(char c) => Hyphens.Contains(c);

    public static bool IsApostrophe(char c) => Apostrophes.Contains(c);

    public static bool IsLineBreak(char c) => LineBreaks.Contains(c);

    public static bool ContainsLineBreak(ReadOnlySpan<char> span) => span.ContainsAny(LineBreaks);

    public static bool IsOpeningBracket(char c) => OpeningBrackets.Contains(c);

    public static bool IsClosingBracket(char c) => ClosingBrackets.Contains(c);

    public static bool IsDigitGroupSpace(char c) => DigitGroupSpaces.Contains(c);

    public static bool IsAsciiDigit(char c) => char.IsAsciiDigit(c);

    /// <summary>Characters ending a sentence on their own: . ! ? and the ellipsis character.</summary>
    public static bool IsSentenceFinal(char c) => c is '.' or '!' or '?' or '…';

    /// <summary>Whitespace, control and invisible format characters: they only separate tokens.</summary>
    public static bool IsSeparator(char c) =>
        c <= ' ' || char.IsWhiteSpace(c) || char.IsControl(c) || (c > '\u007F' && IsFormat(c));

    /// <summary>Spaces within a line (no line breaks, no control characters).</summary>
    public static bool IsInlineSpace(char c) => !IsLineBreak(c) && char.IsWhiteSpace(c);

    /// <summary>Combining marks, variation selectors and joiners: they belong to the preceding character.</summary>
    public static bool IsExtender(char c)
    {
        if (c < '\u0300')
        {
            return false;
        }

        if (c == '\u200D' || (c >= '\uFE00' && c <= '\uFE0F'))
        {
            return true;
        }

        return IsMark(CharUnicodeInfo.GetUnicodeCategory(c));
    }

    /// <summary>Soft hyphen and zero-width (non-)joiners, kept inside a word when a letter follows.</summary>
    public static bool IsInWordFormat(char c) => c is '\u00AD' or '\u200C' or '\u200D' or '\u2060';

    /// <summary>Length (1 or 2 UTF-16 units) of the letter, digit or mark at <paramref name="i"/>, or 0.</summary>
    public static int WordCharLength(string text, int i)
    {
        char c = text[i];
        if (c < '\u0080')
        {
            return char.IsAsciiLetterOrDigit(c) ? 1 : 0;
        }

        if (!char.IsSurrogate(c))
        {
            return char.IsLetterOrDigit(c) || IsMark(CharUnicodeInfo.GetUnicodeCategory(c)) ? 1 : 0;
        }

        if (Rune.DecodeFromUtf16(text.AsSpan(i), out Rune rune, out int consumed) != OperationStatus.Done)
        {
            return 0;
        }

        return Rune.IsLetterOrDigit(rune) || IsMark(Rune.GetUnicodeCategory(rune)) ? consumed : 0;
    }

    /// <summary>True if a letter (not a digit or mark) starts at <paramref name="i"/>.</summary>
    public static bool IsLetterAt(string text, int i)
    {
        char c = text[i];
        if (!char.IsSurrogate(c))
        {
            return char.IsLetter(c);
        }

        return Rune.DecodeFromUtf16(text.AsSpan(i), out Rune rune, out _) == OperationStatus.Done && Rune.IsLetter(rune);
    }

    /// <summary>True if an upper-case (or title-case) letter starts at <paramref name="i"/>.</summary>
    public static bool IsUpperAt(string text, int i)
    {
        char c = text[i];
        if (!char.IsSurrogate(c))
        {
            return char.IsUpper(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter;
        }

        return Rune.DecodeFromUtf16(text.AsSpan(i), out Rune rune, out _) == OperationStatus.Done && Rune.IsUpper(rune);
    }

    /// <summary>True if a lower-case letter starts at <paramref name="i"/>.</summary>
    public static bool IsLowerAt(string text, int i)
    {
        char c = text[i];
        if (!char.IsSurrogate(c))
        {
            return char.IsLower(c);
        }

        return Rune.DecodeFromUtf16(text.AsSpan(i), out Rune rune, out _) == OperationStatus.Done && Rune.IsLower(rune);
    }

    /// <summary>Symbols: currency, maths, other symbols, and the few punctuation marks listed above.</summary>
    public static bool IsSymbol(UnicodeCategory category, char first) =>
        ExtraSymbols.Contains(first) || category is UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol
            or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol;

    private static bool IsMark(UnicodeCategory category) =>
        category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsFormat(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
