using Kronika.Core.Text;

namespace Kronika.Polish.Events;

/// <summary>
/// A clause of a sentence: a token range, the word that opens it (<c>że</c>, <c>jeśli</c>, <c>który</c>) and the clause
/// it depends on. Clauses are cut at a comma, semicolon, colon or dash that a clause-opening word follows,
/// and a clause opened by a conjunction ends at its next comma.
/// </summary>
internal sealed record Clause(int FirstToken, int EndToken, string? Opener, int Parent)
{
    public bool Contains(int token) => token >= FirstToken && token < EndToken;

    public static List<Clause> Of(EventTokens t, EventModality words, Sentence sentence)
    {
        var clauses = new List<Clause>();
        int start = sentence.FirstToken;
        string? opener = OpenerAt(t, words, start);
        int? parent = null;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (i > start && JoinsClauses(t, start, i, sentence.EndToken))
            {
                // "Litwa potępiła Białoruś, a Łotwa wezwała Rosję…": a conjunct with its own subject and verb is a clause of
                // its own, of the same kind and on the same clause as the one it is joined to.
                Clause joined = new(start, t.Forms[i - 1] == "," ? i - 1 : i, opener, parent ?? ParentOf(clauses, opener));
                clauses.Add(joined);
                (start, parent) = (i, joined.Parent);
                continue;
            }

            if (!IsBreak(t, i) || i + 1 >= sentence.EndToken)
            {
                continue;
            }

            string? next = OpenerAt(t, words, i + 1);
            bool subordinateEnds = opener is not null && t.Forms[i] == ",";
            if (next is null && !subordinateEnds && t.Forms[i] != ";")
            {
                continue;
            }

            clauses.Add(new Clause(start, i, opener, parent ?? ParentOf(clauses, opener)));
            start = i + 1;
            opener = next;
            parent = null;
        }

        clauses.Add(new Clause(start, sentence.EndToken, opener, parent ?? ParentOf(clauses, opener)));
        return clauses;
    }

    /// <summary>
    /// A coordinating conjunction (<c>i</c>, <c>a</c>, <c>ale</c>, <c>zaś</c>, <c>lecz</c>) between two clauses: a finite verb
    /// stands before it (back to the last break), and after it a nominative noun and then a finite verb, before any break
    /// ("…potępiła Białoruś i Łotwa wezwała…"); not between two actors of one verb ("Moskwa i Pjongjang podpisały").
    /// </summary>
    public static bool JoinsClauses(EventTokens t, int start, int i, int end)
    {
        if (t.Forms[i] is not ("i" or "a" or "ale" or "zaś" or "lecz"))
        {
            return false;
        }

        bool verbBefore = false;
        for (int k = t.Forms[i - 1] == "," ? i - 2 : i - 1; k >= start && !verbBefore && !IsBreak(t, k); k--)
        {
            verbBefore = t.IsFinite(k);
        }

        if (!verbBefore)
        {
            return false;
        }

        bool subject = false;
        for (int k = i + 1; k < end && !IsBreak(t, k); k++)
        {
            if (t.IsFinite(k))
            {
                return subject;
            }

            subject |= (t.IsNoun(k) || t.Pos(k) == "ppron3") && t.Case(k) == "nom";
        }

        return false;
    }

    /// <summary>
    /// The relative pronoun of a "który" clause that is not its subject ("którą zaatakował", "z którym podpisała"): its
    /// token and the preposition before it, or null for a nominative or possessive pronoun or another clause.
    /// </summary>
    public (int Token, string? Preposition)? ObjectPronoun(EventTokens t)
    {
        if (Opener != "który")
        {
            return null;
        }

        int p = t.Lemmas[FirstToken] == "który" ? FirstToken : FirstToken + 1;
        // "której rząd poparł": a genitive before its noun is that noun's possessor, not the verb's.
        bool possessor = t.Case(p) == "gen" && p + 1 < EndToken && (t.IsNoun(p + 1) || t.Pos(p + 1) == "adj");
        return p < EndToken && t.Lemmas[p] == "który" && t.Case(p) is { } c && c != "nom" && !possessor ? (p, p > FirstToken ? t.Preposition(FirstToken) : null) : null;
    }

    private static bool IsBreak(EventTokens t, int i) => t.Forms[i] is "," or ";" or ":" or "–" or "—" or "-";

    /// <summary>A dependent clause hangs on the clause before it; a main clause after a dependent one on nothing.</summary>
    private static int ParentOf(List<Clause> clauses, string? opener) => opener is null || clauses.Count == 0 ? -1 : clauses.Count - 1;

    /// <summary>The opening word at <paramref name="i"/> (skipping a preposition before "który"), or null.</summary>
    private static string? OpenerAt(EventTokens t, EventModality words, int i)
    {
        if (i >= t.Lemmas.Length)
        {
            return null;
        }

        if (words.IsComplement(t.Forms[i]) && i + 1 < t.Forms.Length && words.IsCondition(t.Forms[i + 1]))
        {
            // "że jeśli…": a condition inside reported words.
            return t.Forms[i + 1];
        }

        if (words.IsComplement(t.Forms[i]) || words.IsCondition(t.Forms[i]) || words.IsOpener(t.Forms[i]))
        {
            return t.Forms[i];
        }

        if (words.IsOpener(t.Lemmas[i]))
        {
            return t.Lemmas[i];
        }

        foreach (string[] phrase in words.ConditionPhrases)
        {
            if (i + phrase.Length <= t.Forms.Length && t.Forms.AsSpan(i, phrase.Length).SequenceEqual(phrase))
            {
                return string.Join(' ', phrase);
            }
        }

        return t.Pos(i) == "prep" && i + 1 < t.Lemmas.Length && t.Lemmas[i + 1] == "który" ? "który" : null;
    }
}
