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
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
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

            clauses.Add(new Clause(start, i, opener, ParentOf(clauses, opener)));
            start = i + 1;
            opener = next;
        }

        clauses.Add(new Clause(start, sentence.EndToken, opener, ParentOf(clauses, opener)));
        return clauses;
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
