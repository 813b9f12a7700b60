using Kronika.Core.Text;

namespace Kronika.Polish.Tokenization;

/// <summary>
/// Recognises tokens that start with an ASCII digit: dates (19.06.2024, 19.06., 2024-06-19), times
/// (15:30, and 15.30 right after "godz."), grouped and decimal numbers (1 000, 3,5, 1.5) and Polish
/// ordinals written with a period before a lower-case word ("2. miejsce"). Every check looks at a
/// bounded number of characters past what it consumes, so scanning stays linear.
/// </summary>
internal static class NumberMatcher
{
    /// <summary>
    /// Length of the number-like token at <paramref name="start"/>, or 0 when the digits begin a word
    /// instead (19-latek, 3D, 500plus).
    /// </summary>
    public static int Match(string text, int start, bool afterHourAbbreviation, out TokenKind kind)
    {
        int firstDigits = CountDigits(text, start);
        int afterFirst = start + firstDigits;

        int length = MatchTime(text, start, firstDigits, afterHourAbbreviation);
        if (length > 0)
        {
            kind = TokenKind.Time;
            return length;
        }

        length = MatchDate(text, start, firstDigits);
        if (length > 0)
        {
            kind = TokenKind.Date;
            return length;
        }

        kind = TokenKind.Number;
        int end = afterFirst;

        // Thousands separated by spaces: only when the first group has 1–3 digits and each later group
        // exactly 3, so "2022 2023" stays two numbers.
        if (firstDigits <= 3)
        {
            while (end + 4 <= text.Length && PolishChars.IsDigitGroupSpace(text[end]) && CountDigits(text, end + 1) == 3)
            {
                end += 4;
            }
        }

        // Decimal commas and points, and dotted thousands (3,5; 1.5; 1.000.000).
        while (end + 1 < text.Length && text[end] is ',' or '.' && char.IsAsciiDigit(text[end + 1]))
        {
            end += 1 + CountDigits(text, end + 1);
        }

        if (end == afterFirst && StartsWord(text, end))
        {
            return 0;
        }

        if (end == afterFirst && firstDigits <= 4 && IsOrdinalPeriod(text, end))
        {
            end++;
        }

        return end - start;
    }

    public static int CountDigits(string text, int start)
    {
        int i = start;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i - start;
    }

    // 15:30, 15:30:05 always; 15.30 only after "godz.", where a decimal reading makes no sense.
    private static int MatchTime(string text, int start, int hourDigits, bool afterHourAbbreviation)
    {
        if (hourDigits is < 1 or > 2)
        {
            return 0;
        }

        int colon = start + hourDigits;
        if (colon >= text.Length)
        {
            return 0;
        }

        char separator = text[colon];
        bool separatorAllowed = separator == ':' || (separator == '.' && afterHourAbbreviation);
        if (!separatorAllowed || CountDigits(text, colon + 1) != 2
            || Value(text, start, hourDigits) > 24 || Value(text, colon + 1, 2) > 59)
        {
            return 0;
        }

        int end = colon + 3;
        if (separator == ':' && end < text.Length && text[end] == ':' && CountDigits(text, end + 1) == 2 && Value(text, end + 1, 2) <= 60)
        {
            end += 3;
        }

        return end - start;
    }

    private static int MatchDate(string text, int start, int firstDigits)
    {
        // ISO: 2024-06-19
        if (firstDigits == 4 && At(text, start + 4, '-') && CountDigits(text, start + 5) == 2
            && At(text, start + 7, '-') && CountDigits(text, start + 8) == 2
            && IsMonth(Value(text, start + 5, 2)) && IsDay(Value(text, start + 8, 2)))
        {
            return 10;
        }

        // Day first: 19.06.2024, 19.06.24, 19.06., 19/06/2024
        if (firstDigits is < 1 or > 2 || !IsDay(Value(text, start, firstDigits)))
        {
            return 0;
        }

        int firstSeparator = start + firstDigits;
        if (!At(text, firstSeparator, '.') && !At(text, firstSeparator, '/'))
        {
            return 0;
        }

        char separator = text[firstSeparator];
        int monthDigits = CountDigits(text, firstSeparator + 1);
        if (monthDigits is < 1 or > 2 || !IsMonth(Value(text, firstSeparator + 1, monthDigits)))
        {
            return 0;
        }

        int secondSeparator = firstSeparator + 1 + monthDigits;
        if (!At(text, secondSeparator, separator))
        {
            return 0;
        }

        int yearDigits = CountDigits(text, secondSeparator + 1);
        if (yearDigits is 2 or 4)
        {
            return secondSeparator + 1 + yearDigits - start;
        }

        // "19.06." without a year; the final period is part of the date.
        return separator == '.' && yearDigits == 0 ? secondSeparator + 1 - start : 0;
    }

    // Digits glued to letters, or to a hyphen and a letter, are part of a word: 19-latek, 3D, 4K.
    private static bool StartsWord(string text, int end)
    {
        if (end >= text.Length)
        {
            return false;
        }

        if (PolishChars.IsLetterAt(text, end))
        {
            return true;
        }

        return PolishChars.IsHyphen(text[end]) && end + 1 < text.Length && PolishChars.IsLetterAt(text, end + 1);
    }

    // Polish marks ordinals with a period ("2. miejsce", "10. rocznica"); a sentence never continues
    // in lower case after a final period, so period + lower-case word means an ordinal. So does a
    // Roman century after a decade ("lat 90. XX w.").
    private static bool IsOrdinalPeriod(string text, int period)
    {
        if (!At(text, period, '.'))
        {
            return false;
        }

        int next = period + 1;
        if (next >= text.Length || !PolishChars.IsInlineSpace(text[next]))
        {
            return false;
        }

        // Bounded look-ahead over spaces keeps the scan linear even for long runs of blanks.
        int limit = Math.Min(text.Length, next + 8);
        while (next < limit && PolishChars.IsInlineSpace(text[next]))
        {
            next++;
        }

        return next < text.Length && (PolishChars.IsLowerAt(text, next) || IsCenturyNumeral(text, next));
    }

    // "w latach 90. XX w.": an ordinal decade before a Roman century numeral (two or more letters).
    private static bool IsCenturyNumeral(string text, int start)
    {
        int end = start;
        while (end < text.Length && end - start < 8 && text[end] is 'I' or 'V' or 'X' or 'L' or 'C')
        {
            end++;
        }

        return end - start >= 2 && (end == text.Length || !char.IsLetterOrDigit(text[end]));
    }

    private static bool At(string text, int index, char c) => index < text.Length && text[index] == c;

    private static int Value(string text, int start, int digits)
    {
        int value = 0;
        for (int i = start; i < start + digits; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }

    private static bool IsDay(int value) => value is >= 1 and <= 31;

    private static bool IsMonth(int value) => value is >= 1 and <= 12;
}
