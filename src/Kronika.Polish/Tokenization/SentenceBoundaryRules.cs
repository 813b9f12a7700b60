using System.Collections.Immutable;
using Kronika.Core.Text;

namespace Kronika.Polish.Tokenization;

/// <summary>
/// Decides, token by token, where sentences end inside a line. A sentence ends after . ! ? … ... ?!
/// (or an abbreviation that may end one, such as "r." or "itd.") together with any closing quotes and
/// brackets glued to it, when the next token is separated by space and opens a sentence: an upper-case
/// letter, a digit, a quote, or a dash that is not followed by a lower-case word.
/// </summary>
internal sealed class SentenceBoundaryRules
{
    private readonly string _text;
    private readonly ImmutableArray<Token> _tokens;
    private readonly AbbreviationList _abbreviations;

    public SentenceBoundaryRules(string text, ImmutableArray<Token> tokens, AbbreviationList abbreviations)
    {
        _text = text;
        _tokens = tokens;
        _abbreviations = abbreviations;
    }

    /// <summary>
    /// True when the gap after token <paramref name="left"/> ends a paragraph: a blank line, or a single
    /// line break that is not a soft wrap. A soft wrap (hard-wrapped text) is a single line break after a
    /// line that does not end in . ! ? … and before a line that starts with a lower-case letter.
    /// </summary>
    public bool ParagraphBreakAfter(int left)
    {
        int from = _tokens[left].End;
        int to = _tokens[left + 1].Start;
        ReadOnlySpan<char> gap = _text.AsSpan(from, to - from);
        if (!PolishChars.ContainsLineBreak(gap))
        {
            return false;
        }

        bool softWrap = CountLineBreaks(gap) == 1 && PolishChars.IsLowerAt(_text, to) && !IsFinalPunctuation(left);
        return !softWrap;
    }

    // \r\n counts as one break; stops counting at two, which is all the caller needs to know.
    private static int CountLineBreaks(ReadOnlySpan<char> gap)
    {
        int count = 0;
        for (int i = 0; i < gap.Length && count < 2; i++)
        {
            if (PolishChars.IsLineBreak(gap[i]) && !(gap[i] == '\r' && i + 1 < gap.Length && gap[i + 1] == '\n'))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// If a sentence ends with token <paramref name="index"/> (and the closers glued to it), returns the
    /// index of the sentence's last token; otherwise -1. Paragraph breaks are handled by the caller.
    /// </summary>
    public int SentenceEndAt(int index)
    {
        bool abbreviation;
        if (IsFinalPunctuation(index))
        {
            abbreviation = false;
        }
        else if (IsSentenceFinalAbbreviation(index))
        {
            abbreviation = true;
        }
        else
        {
            return -1;
        }

        int last = index;
        while (last + 1 < _tokens.Length && _tokens[last + 1].Start == _tokens[last].End
               && (IsCloser(last + 1) || IsFinalPunctuation(last + 1)))
        {
            last++;
        }

        if (last + 1 >= _tokens.Length || ParagraphBreakAfter(last))
        {
            return last;
        }

        return OpensSentence(last + 1, abbreviation) ? last : -1;
    }

    private bool OpensSentence(int next, bool afterAbbreviation)
    {
        Token token = _tokens[next];
        if (token.Start == _tokens[next - 1].End)
        {
            return false; // no space: "3.5", "Onet.pl", or a typo we do not guess about
        }

        if (PolishChars.IsUpperAt(_text, token.Start))
        {
            return true;
        }

        // After "r." or "itd." only a capitalised word is strong enough evidence ("w 2022 r. Nowy rozdział").
        if (afterAbbreviation)
        {
            return false;
        }

        if (char.IsAsciiDigit(_text[token.Start]) || token.Kind == TokenKind.Quote)
        {
            return true;
        }

        if (token.Kind == TokenKind.Dash)
        {
            // „Pytanie?” – zapytał. : a dash and a lower-case verb continue the same sentence.
            bool lowerWordFollows = next + 1 < _tokens.Length && !ParagraphBreakAfter(next)
                && PolishChars.IsLowerAt(_text, _tokens[next + 1].Start);
            return !lowerWordFollows;
        }

        return false;
    }

    // . ! ? … ... ?! — but not an elision "(...)" or "[…]", which stands for omitted words.
    private bool IsFinalPunctuation(int index)
    {
        Token token = _tokens[index];
        if (token.Kind != TokenKind.Punctuation)
        {
            return false;
        }

        foreach (char c in _text.AsSpan(token.Start, token.Length))
        {
            if (!PolishChars.IsSentenceFinal(c))
            {
                return false;
            }
        }

        bool elision = index > 0 && index + 1 < _tokens.Length
            && _tokens[index - 1].End == token.Start && _tokens[index + 1].Start == token.End
            && PolishChars.IsOpeningBracket(_text[_tokens[index - 1].Start])
            && PolishChars.IsClosingBracket(_text[_tokens[index + 1].Start]);
        return !elision;
    }

    private bool IsSentenceFinalAbbreviation(int index)
    {
        Token token = _tokens[index];
        return token.Kind == TokenKind.Abbreviation
            && _abbreviations.TryGet(_text.AsSpan(token.Start, token.Length), out bool mayEnd) && mayEnd;
    }

    // Closing quotes and brackets glued to the final punctuation belong to the sentence: „To już się dzieje.”
    private bool IsCloser(int index)
    {
        Token token = _tokens[index];
        return token.Kind == TokenKind.Quote
            || (token.Kind == TokenKind.Punctuation && token.Length == 1 && PolishChars.IsClosingBracket(_text[token.Start]));
    }
}
