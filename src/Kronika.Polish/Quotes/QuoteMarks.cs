using Kronika.Core.Text;

namespace Kronika.Polish.Quotes;

/// <summary>
/// Pairs the quotation marks of one paragraph: „…” (also „…“), "…", «…», »…«, “…”, ‚…‘ and ”…” used both
/// ways. Only the outermost pairs are returned: a quotation inside a quotation belongs to the words of the
/// outer speaker. A mark left open runs to the end of the paragraph, never further.
/// </summary>
internal static class QuoteMarks
{
    /// <summary>Marks nested deeper than this are taken as stray, which keeps a paragraph of thousands of marks linear.</summary>
    private const int MaxDepth = 8;

    /// <summary>An outermost quoted stretch: its opening mark and its closing mark (-1 if unclosed), as token indexes.</summary>
    public readonly record struct Pair(int Open, int Close);

    public static List<Pair> Find(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        var pairs = new List<Pair>();
        var stack = new List<(int Token, string Closers)>(MaxDepth);
        for (int i = first; i < end; i++)
        {
            if (tokens[i].Kind != TokenKind.Quote)
            {
                continue;
            }

            char c = text[tokens[i].Start];
            int open = IndexOfOpener(stack, c);
            bool opensWord = OpensWord(text, tokens, i, first, end);
            switch (c)
            {
                case '„' or '‚':
                    Push(stack, i, c == '„' ? "”“\"" : "‘’'");
                    continue;
                case '«':
                    if (open < 0)
                    {
                        Push(stack, i, "»");
                        continue;
                    }

                    break;
                case '»':
                    if (open < 0)
                    {
                        Push(stack, i, "«");
                        continue;
                    }

                    break;
                case '“' or '”' or '"' or '＂':
                    // A mark before a word with a space before it opens; otherwise it closes what is open.
                    if (open < 0 || (opensWord && c is '"' or '＂' && stack[open].Closers != "\"＂"))
                    {
                        if (opensWord || c == '“')
                        {
                            Push(stack, i, c is '“' or '”' ? "”" : "\"＂");
                        }

                        continue;
                    }

                    break;
                default:
                    // Apostrophes and the rarer marks close only a ‚ that is open.
                    if (open < 0)
                    {
                        continue;
                    }

                    break;
            }

            if (open == 0)
            {
                pairs.Add(new Pair(stack[0].Token, i));
            }

            stack.RemoveRange(open, stack.Count - open);
        }

        if (stack.Count > 0)
        {
            pairs.Add(new Pair(stack[0].Token, -1));
        }

        return pairs;
    }

    private static int IndexOfOpener(List<(int Token, string Closers)> stack, char closer)
    {
        for (int k = stack.Count - 1; k >= 0; k--)
        {
            if (stack[k].Closers.Contains(closer, StringComparison.Ordinal))
            {
                return k;
            }
        }

        return -1;
    }

    private static void Push(List<(int Token, string Closers)> stack, int token, string closers)
    {
        if (stack.Count < MaxDepth)
        {
            stack.Add((token, closers));
        }
    }

    /// <summary>Whether the mark stands before a word with nothing or a space, bracket or dash before it.</summary>
    private static bool OpensWord(string text, IReadOnlyList<Token> tokens, int i, int first, int end)
    {
        bool spaceBefore = i == first || tokens[i - 1].End < tokens[i].Start || tokens[i - 1].Kind == TokenKind.Dash
            || text[tokens[i - 1].Start] is '(' or '[' or ':';
        bool wordAfter = i + 1 < end && tokens[i + 1].Start == tokens[i].End && tokens[i + 1].Kind != TokenKind.Punctuation;
        return spaceBefore && wordAfter;
    }
}
