using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Kronika.Core.Text;

namespace Kronika.Polish.Tokenization;

/// <summary>
/// A single left-to-right pass over the text that emits tokens. Each position is looked at a bounded
/// number of times (look-aheads are capped), so the pass is linear and allocates only the token list.
/// </summary>
internal sealed class TokenScanner
{
    private const int CancellationCheckInterval = 1 << 16;

    private readonly string _text;
    private readonly AbbreviationList _abbreviations;
    private readonly TopLevelDomains _domains;
    private readonly ImmutableArray<Token>.Builder _tokens;
    private bool _afterHourAbbreviation;

    private TokenScanner(string text, AbbreviationList abbreviations, TopLevelDomains domains)
    {
        _text = text;
        _abbreviations = abbreviations;
        _domains = domains;

        // Polish news averages about six characters per token; reserving that avoids most regrowth.
        _tokens = ImmutableArray.CreateBuilder<Token>(Math.Max(16, text.Length / 5));
    }

    public static ImmutableArray<Token> Scan(
        string text, AbbreviationList abbreviations, TopLevelDomains domains, CancellationToken cancellationToken)
    {
        var scanner = new TokenScanner(text, abbreviations, domains);
        scanner.Run(cancellationToken);
        return scanner._tokens.DrainToImmutable();
    }

    private void Run(CancellationToken cancellationToken)
    {
        string text = _text;
        int i = 0;
        int nextCheck = CancellationCheckInterval;
        while (i < text.Length)
        {
            if (i >= nextCheck)
            {
                cancellationToken.ThrowIfCancellationRequested();
                nextCheck = i + CancellationCheckInterval;
            }

            char c = text[i];
            if (PolishChars.IsSeparator(c))
            {
                i++;
                continue;
            }

            i = ScanToken(i, c);
        }
    }

    /// <summary>Emits the token starting at <paramref name="i"/> and returns the position after it.</summary>
    private int ScanToken(int i, char c)
    {
        int length;
        if (c is 'h' or 'H' or 'w' or 'W' or 'f' or 'F' && (length = WebTokenMatcher.MatchUrl(_text, i)) > 0)
        {
            return Emit(i, i + length, TokenKind.Url);
        }

        if (char.IsAsciiDigit(c))
        {
            return ScanNumberOrWord(i);
        }

        if (PolishChars.IsLetterAt(_text, i) || char.IsDigit(c))
        {
            return ScanWord(i);
        }

        return ScanPunctuationOrSymbol(i, c);
    }

    private int ScanNumberOrWord(int i)
    {
        int length = NumberMatcher.Match(_text, i, _afterHourAbbreviation, out TokenKind kind);
        if (length > 0)
        {
            return Emit(i, i + length, kind);
        }

        // "2024r." is a number and an abbreviation written without the space.
        int digitsEnd = i + NumberMatcher.CountDigits(_text, i);
        int lettersEnd = digitsEnd;
        while (lettersEnd < _text.Length && lettersEnd - digitsEnd < _abbreviations.MaxLength && char.IsLetter(_text[lettersEnd]))
        {
            lettersEnd++;
        }

        if (lettersEnd < _text.Length && _text[lettersEnd] == '.' && _abbreviations.Contains(_text.AsSpan(digitsEnd, lettersEnd + 1 - digitsEnd)))
        {
            return Emit(i, digitsEnd, TokenKind.Number);
        }

        return ScanWord(i);
    }

    private int ScanWord(int start)
    {
        int end = WordEnd(start);

        // Only a word followed by a character that can occur in an address is worth an e-mail check.
        int length;
        if (end < _text.Length && _text[end] is '@' or '.' or '_' or '%' or '+' or '-'
            && (length = WebTokenMatcher.MatchEmail(_text, start)) > 0)
        {
            return Emit(start, start + length, TokenKind.Email);
        }

        if (end + 1 < _text.Length && _text[end] == '.' && char.IsAsciiLetterOrDigit(_text[end + 1])
            && (length = WebTokenMatcher.MatchBareDomain(_text, start, end, _domains)) > 0)
        {
            return Emit(start, start + length, TokenKind.Url);
        }

        if (end < _text.Length && _text[end] == '.')
        {
            int abbreviationEnd = MatchAbbreviation(start, end);
            if (abbreviationEnd > 0)
            {
                int next = Emit(start, abbreviationEnd, TokenKind.Abbreviation);
                _afterHourAbbreviation = _text.AsSpan(start, abbreviationEnd - start).Equals("godz.", StringComparison.OrdinalIgnoreCase);
                return next;
            }

            if (IsInitial(start, end))
            {
                return Emit(start, end + 1, TokenKind.Initial);
            }
        }

        return Emit(start, end, TokenKind.Word);
    }

    // Letters, digits and marks, joined across hyphens (polsko-ukraiński, F-16), apostrophes between
    // letters (O'Brien, Farage'a) and invisible joiners (soft hyphen) that sit between letters.
    private int WordEnd(int start)
    {
        string text = _text;
        int i = start;
        while (i < text.Length)
        {
            // Fast path for ASCII letters and digits, the bulk of any text.
            if (char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            int width = PolishChars.WordCharLength(text, i);
            if (width > 0)
            {
                i += width;
                continue;
            }

            char c = text[i];
            bool joinerFollowedByWord = i + 1 < text.Length && i > start
                && ((PolishChars.IsHyphen(c) && PolishChars.WordCharLength(text, i + 1) > 0)
                    || (PolishChars.IsApostrophe(c) && PolishChars.IsLetterAt(text, i - 1) && PolishChars.IsLetterAt(text, i + 1))
                    || (PolishChars.IsInWordFormat(c) && PolishChars.WordCharLength(text, i + 1) > 0));
            if (!joinerFollowedByWord)
            {
                break;
            }

            i++;
        }

        return i;
    }

    /// <summary>
    /// End of the longest listed abbreviation starting at <paramref name="start"/>, whose first period is
    /// at <paramref name="period"/>; multi-part forms (m.in., p.n.e., ub.r.) are tried longest first.
    /// </summary>
    private int MatchAbbreviation(int start, int period)
    {
        const int MaxParts = 4;
        Span<int> ends = stackalloc int[MaxParts];
        int parts = 0;
        int end = period + 1;
        ends[parts++] = end;
        while (parts < MaxParts && end - start < _abbreviations.MaxLength)
        {
            int segmentEnd = end;
            while (segmentEnd < _text.Length && segmentEnd - start < _abbreviations.MaxLength && char.IsLetter(_text[segmentEnd]))
            {
                segmentEnd++;
            }

            if (segmentEnd == end || segmentEnd >= _text.Length || _text[segmentEnd] != '.')
            {
                break;
            }

            end = segmentEnd + 1;
            ends[parts++] = end;
        }

        for (int p = parts - 1; p >= 0; p--)
        {
            ReadOnlySpan<char> candidate = _text.AsSpan(start, ends[p] - start);

            // A lone capital with a period is an initial (J. Biden), never a capitalised "w." or "r.".
            if (candidate.Length == 2 && char.IsUpper(candidate[0]))
            {
                continue;
            }

            if (_abbreviations.Contains(candidate))
            {
                return ends[p];
            }
        }

        return 0;
    }

    // A single capital letter with a period, followed by another initial (J.R.R.) or a capitalised word
    // after spaces (J. Biden). Without the capitalised word the period is ordinary punctuation.
    private bool IsInitial(int start, int period)
    {
        if (period - start != 1 || !char.IsUpper(_text[start]))
        {
            return false;
        }

        int next = period + 1;
        if (next + 1 < _text.Length && char.IsUpper(_text[next]) && _text[next + 1] == '.')
        {
            return true;
        }

        int limit = Math.Min(_text.Length, next + 4);
        int i = next;
        while (i < limit && PolishChars.IsInlineSpace(_text[i]))
        {
            i++;
        }

        return i > next && i < _text.Length && PolishChars.IsUpperAt(_text, i);
    }

    private int ScanPunctuationOrSymbol(int i, char c)
    {
        string text = _text;
        int length;
        if ((c == '-' || c == '\u2212') && IsSignedNumberStart(i)
            && (length = NumberMatcher.Match(text, i + 1, afterHourAbbreviation: false, out TokenKind numberKind)) > 0
            && numberKind == TokenKind.Number)
        {
            return Emit(i, i + 1 + length, TokenKind.Number);
        }

        if ((c == '#' || c == '@') && (length = WebTokenMatcher.MatchTagOrMention(text, i)) > 0)
        {
            return Emit(i, i + length, c == '#' ? TokenKind.Hashtag : TokenKind.Mention);
        }

        if (PolishChars.IsQuote(c))
        {
            return Emit(i, i + 1, TokenKind.Quote);
        }

        if (PolishChars.IsDash(c))
        {
            return Emit(i, RunEnd(i, PolishChars.IsDash), TokenKind.Dash);
        }

        if (PolishChars.IsHyphen(c))
        {
            // A hyphen outside a word: spaced (siła - powiedział), doubled (--) or at line start in dialogue.
            return Emit(i, RunEnd(i, PolishChars.IsHyphen), TokenKind.Dash);
        }

        if (c == '.')
        {
            return Emit(i, RunEnd(i, static ch => ch == '.'), TokenKind.Punctuation);
        }

        if (c is '?' or '!')
        {
            return Emit(i, RunEnd(i, static ch => ch is '?' or '!'), TokenKind.Punctuation);
        }

        if (c == '…')
        {
            return Emit(i, RunEnd(i, static ch => ch == '…'), TokenKind.Punctuation);
        }

        // Anything else is one grapheme cluster, so emoji sequences and combining marks stay whole.
        int clusterLength = Math.Max(1, StringInfo.GetNextTextElementLength(text.AsSpan(i)));
        TokenKind kind = Rune.DecodeFromUtf16(text.AsSpan(i), out Rune rune, out _) == System.Buffers.OperationStatus.Done
            && IsPunctuation(Rune.GetUnicodeCategory(rune)) && !PolishChars.IsSymbol(Rune.GetUnicodeCategory(rune), c)
                ? TokenKind.Punctuation
                : TokenKind.Symbol;
        return Emit(i, i + clusterLength, kind);
    }

    // "-3" is a negative number when the sign does not follow a word or number (F-16, 2022-2023).
    private bool IsSignedNumberStart(int i)
    {
        if (i + 1 >= _text.Length || !char.IsAsciiDigit(_text[i + 1]))
        {
            return false;
        }

        if (i == 0)
        {
            return true;
        }

        char previous = _text[i - 1];
        return PolishChars.IsSeparator(previous) || PolishChars.IsOpeningBracket(previous) || PolishChars.IsQuote(previous);
    }

    private int RunEnd(int i, Func<char, bool> belongs)
    {
        int end = i + 1;
        while (end < _text.Length && belongs(_text[end]))
        {
            end++;
        }

        return end;
    }

    private static bool IsPunctuation(UnicodeCategory category) => category is UnicodeCategory.ConnectorPunctuation
        or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
        or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;

    /// <summary>Adds a token, extended over any combining marks that follow, and returns its end.</summary>
    private int Emit(int start, int end, TokenKind kind)
    {
        while (end < _text.Length && PolishChars.IsExtender(_text[end]))
        {
            end++;
        }

        _tokens.Add(new Token(start, end, kind));
        if (kind != TokenKind.Abbreviation)
        {
            _afterHourAbbreviation = false;
        }

        return end;
    }
}
