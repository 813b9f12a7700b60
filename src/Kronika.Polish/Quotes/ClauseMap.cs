namespace Kronika.Polish.Quotes;

/// <summary>
/// A shallow split of one sentence into clauses, in one left-to-right pass: the main clause, reported
/// clauses opened by a complementizer (<c>że</c>, <c>iż</c>), which run to the end of the sentence, and
/// subordinate clauses opened after a comma (<c>, który …</c>), which the next comma closes. Quoted words
/// belong to the clause around them and open nothing.
/// </summary>
internal sealed class ClauseMap
{
    public const int Main = 0;

    private readonly int[] _clause;
    private readonly List<int> _parent = [-1];
    private readonly List<bool> _reported = [false];
    private readonly List<int> _opener = [-1];

    public ClauseMap(QuoteTokens t, QuoteCues cues, int first, int end)
    {
        First = first;
        End = end;
        _clause = new int[end - first];
        var open = new Stack<int>();
        open.Push(Main);
        for (int i = first; i < end; i++)
        {
            if (!t.InQuote[i] && t.Pos(i) == "comp" && cues.IsComplementizer(t.Lemmas[i]))
            {
                open.Push(Add(open.Peek(), reported: true, i));
            }
            else if (!t.InQuote[i] && t.Lower[i] == ",")
            {
                // The comma before "że" opens a clause inside the current one rather than closing it.
                bool complementFollows = i + 1 < end && !t.InQuote[i + 1] && cues.IsComplementizer(t.Lemmas[i + 1]);
                if (!_reported[open.Peek()] && open.Peek() != Main && !complementFollows)
                {
                    open.Pop();
                }

                _clause[i - first] = open.Peek();
                if (i + 1 < end && !t.InQuote[i + 1] && cues.IsSubordinator(t.Lemmas[i + 1]) && t.Pos(i + 1) != "prep")
                {
                    open.Push(Add(open.Peek(), reported: false, i + 1));
                }

                continue;
            }

            _clause[i - first] = open.Peek();
        }
    }

    public int First { get; }

    public int End { get; }

    public int Of(int token) => _clause[token - First];

    public int Parent(int clause) => _parent[clause];

    public bool IsReported(int clause) => _reported[clause];

    /// <summary>The complementizer or subordinating word that opened the clause.</summary>
    public int Opener(int clause) => _opener[clause];

    /// <summary>
    /// The complementizer of a reported clause depending on the verb's clause within a few words after
    /// <paramref name="verb"/> (<c>powiedział reporterom, że</c>), or -1; another finite verb of the
    /// same clause on the way ends the search.
    /// </summary>
    public int ComplementOf(QuoteTokens t, int verb, int reach = 24)
    {
        int clause = Of(verb);
        for (int i = verb + 1; i < End && i <= verb + reach; i++)
        {
            int c = Of(i);
            if (c != clause && _reported[c] && _parent[c] == clause && _opener[c] == i)
            {
                return i;
            }

            if (c == clause && !t.InQuote[i] && t.IsFinite(i))
            {
                return -1;
            }
        }

        return -1;
    }

    private int Add(int parent, bool reported, int opener)
    {
        _parent.Add(parent);
        _reported.Add(reported);
        _opener.Add(opener);
        return _parent.Count - 1;
    }
}
