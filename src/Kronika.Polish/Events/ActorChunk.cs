using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Text;

namespace Kronika.Polish.Events;

/// <summary>
/// A noun phrase that names actors or places: one or more coordinated mentions, with the case of its
/// head and the preposition before it. An entity mentioned inside another's mention (<c>Rosji</c> in
/// <c>prezydent Rosji</c>) is a modifier, not one of the chunk's entities.
/// </summary>
/// <param name="Head">The token that carries the case, or -1.</param>
/// <param name="Governor">The noun a genitive phrase hangs on ("obywatela Niemiec", "rzecznik Departamentu Stanu"), or -1.</param>
internal sealed record ActorChunk(int FirstToken, int EndToken, ImmutableArray<int> Entities, string? Case, string? Preposition, bool Plural, int Head, int Governor)
{
    /// <summary>A nominative phrase, or a genitive one hanging on a nominative noun (the body speaks for its state).</summary>
    public bool IsNominative(EventTokens t, EventModality words) =>
        Preposition is null && (Case == "nom" || Case == "gen" && Governor >= 0 && t.Case(Governor) == "nom" && words.IsOrgan(t.Lemmas[Governor]));

    /// <summary>The chunks of one sentence, in text order.</summary>
    public static List<ActorChunk> Of(Document document, EventTokens t, Sentence sentence, List<EntityMention> mentions)
    {
        var spans = new List<(int First, int End, List<int> Entities)>();
        foreach (EntityMention m in mentions)
        {
            if (mentions.Any(o => o.Entity != m.Entity && o.FirstToken <= m.FirstToken && o.EndToken >= m.EndToken && o.EndToken - o.FirstToken > m.EndToken - m.FirstToken))
            {
                continue;
            }

            if (spans.Count > 0 && spans[^1] is var last && m.FirstToken <= last.End)
            {
                bool overlaps = m.FirstToken < last.End;
                bool apposition = !overlaps && document.Entities[m.Entity].Type == EntityType.Person && m.Kind == MentionKind.Name
                    && last.Entities.All(e => document.Entities[e].Type == EntityType.Person);
                if (overlaps || apposition || last.Entities.Contains(m.Entity))
                {
                    if (apposition && !last.Entities.Contains(m.Entity))
                    {
                        // "rosyjski przywódca Władimir Putin": the name says who the role phrase is.
                        last.Entities.Clear();
                    }

                    if (!last.Entities.Contains(m.Entity))
                    {
                        last.Entities.Add(m.Entity);
                    }

                    spans[^1] = (last.First, Math.Max(last.End, m.EndToken), last.Entities);
                    continue;
                }
            }

            int start = m.FirstToken;
            int end = m.EndToken;
            if (m.Kind == MentionKind.Adjective && start > sentence.FirstToken && t.IsNoun(start - 1) && t.Case(start - 1) == t.Case(start)
                && (spans.Count == 0 || spans[^1].End < start - 1) && !HasOwnNoun(t, end, sentence.EndToken, t.Case(start)))
            {
                // "z urzędnikami wietnamskimi": an adjective after its noun takes the noun and what stands before it.
                start--;
                while (start > sentence.FirstToken && t.Pos(start - 1) == "adj" && t.Case(start - 1) == t.Case(start) && (spans.Count == 0 || spans[^1].End < start - 1))
                {
                    start--;
                }
            }
            else if (m.Kind == MentionKind.Adjective)
            {
                // "wietnamskimi urzędnikami": the adjective's noun carries the case.
                while (end < sentence.EndToken && t.Pos(end) is "adj" or "subst" && !t.IsNoun(end - 1))
                {
                    end++;
                }
            }

            spans.Add((start, end, [m.Entity]));
        }

        var chunks = new List<ActorChunk>(spans.Count);
        foreach (var (first, end, entities) in spans)
        {
            string? preposition = first > sentence.FirstToken ? t.Preposition(first - 1) : null;
            int head = HeadOf(t, first, end);
            string? @case = head < 0 ? null : t.Case(head);
            bool baseForm = false;
            if (@case == "voc" || @case is not (null or "nom" or "acc") && (baseForm = WrittenAsBaseForm(document, mentions, head)))
            {
                // "Macron odwiedził", "Von der Leyen ostrzegła": a foreign name the tagger reads as a genitive but
                // written in its base form may be any case; its place and the verb's agreement decide. News copy
                // addresses no one: a vocative ("portalu OWD-Info") is a name the tagger could not place either.
                @case = null;
            }

            int g = first - 1;
            while (g > sentence.FirstToken && t.Pos(g) == "adj" && t.Case(g) == "gen")
            {
                // "polityki zagranicznej Moskwy": the genitive hangs on the noun before the adjective.
                g--;
            }

            bool governed = preposition is null && !baseForm && @case is "gen" or null && g >= sentence.FirstToken && (t.IsNoun(g) || t.Pos(g) == "ger") && (chunks.Count == 0 || chunks[^1].EndToken <= g);
            chunks.Add(new ActorChunk(first, end, [.. entities], @case, preposition, entities.Count > 1 || head >= 0 && t.Get(head, "number") == "pl", head, governed ? g : -1));
        }

        return Coordinate(t, chunks, sentence);
    }

    /// <summary>"w środę amerykańskie firmy": an adjective followed by a noun of its case belongs to that noun, not the one before.</summary>
    private static bool HasOwnNoun(EventTokens t, int after, int sentenceEnd, string? @case)
    {
        int i = after;
        while (i < sentenceEnd && t.Pos(i) == "adj")
        {
            i++;
        }

        return i < sentenceEnd && t.IsNoun(i) && t.Case(i) == @case;
    }

    /// <summary>The token lies in a name written exactly as its nominative base form.</summary>
    private static bool WrittenAsBaseForm(Document document, List<EntityMention> mentions, int token)
    {
        foreach (EntityMention m in mentions)
        {
            if (m.Kind == MentionKind.Name && m.FirstToken <= token && m.EndToken > token)
            {
                // The mention's base form, or the end of its entity's canonical name ("Von der Leyen" of "Ursula von der Leyen").
                ReadOnlySpan<char> text = document.Text.AsSpan(m.Start, m.End - m.Start);
                string name = document.Entities[m.Entity].Name;
                return text.Equals(m.Lemma, StringComparison.OrdinalIgnoreCase)
                    || name.AsSpan().EndsWith(text, StringComparison.OrdinalIgnoreCase) && (name.Length == text.Length || name[^(text.Length + 1)] == ' ');
            }
        }

        return false;
    }

    private static int HeadOf(EventTokens t, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (t.IsNoun(i) && t.Case(i) is not null)
            {
                return i;
            }
        }

        for (int i = first; i < end; i++)
        {
            if (t.Case(i) is not null)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Joins "Moskwa i Pjongjang", "Rosją a Koreą" (after "między") into one plural chunk.</summary>
    private static List<ActorChunk> Coordinate(EventTokens t, List<ActorChunk> chunks, Sentence sentence)
    {
        var result = new List<ActorChunk>(chunks.Count);
        foreach (ActorChunk chunk in chunks)
        {
            if (result.Count > 0 && result[^1] is { } previous && chunk.FirstToken == previous.EndToken + 1
                && (IsConjunction(t, previous.EndToken, previous.Preposition) || t.Forms[previous.EndToken] == "," && ListEndsInConjunction(t, chunks, chunk))
                && Compatible(previous.Case, chunk.Case)
                // "potępiła Białoruś i Łotwa wezwała…": the conjunction opens a clause with a subject of its own.
                && !Clause.JoinsClauses(t, sentence.FirstToken, previous.EndToken, sentence.EndToken))
            {
                result[^1] = previous with
                {
                    EndToken = chunk.EndToken,
                    Entities = [.. previous.Entities.Union(chunk.Entities)],
                    Case = previous.Case ?? chunk.Case,
                    Plural = true,
                };
            }
            else
            {
                result.Add(chunk);
            }
        }

        return result;
    }

    /// <summary>"Australia, Bahrajn, Kanada i Holandia": a comma joins actors only in a list closed by a conjunction.</summary>
    private static bool ListEndsInConjunction(EventTokens t, List<ActorChunk> chunks, ActorChunk from)
    {
        for (int k = chunks.IndexOf(from); k + 1 < chunks.Count && chunks[k + 1].FirstToken == chunks[k].EndToken + 1 && Compatible(chunks[k].Case, chunks[k + 1].Case); k++)
        {
            if (IsConjunction(t, chunks[k].EndToken, null))
            {
                return true;
            }

            if (t.Forms[chunks[k].EndToken] != ",")
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsConjunction(EventTokens t, int i, string? preposition) =>
        t.Forms[i] is "i" or "oraz" or "ani" || t.Forms[i] == "a" && preposition == "między";

    private static bool Compatible(string? a, string? b) => a is null || b is null || a == b;
}
