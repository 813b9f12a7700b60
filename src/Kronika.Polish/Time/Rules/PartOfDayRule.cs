namespace Kronika.Polish.Time.Rules;

/// <summary>
/// Parts of day: <c>wieczorem</c>, <c>rano</c>, <c>po południu</c>, <c>w nocy</c>. Standing alone they are on
/// the document date; after a date the tagger attaches them to it (<c>19 czerwca wieczorem</c> → …TEV).
/// </summary>
public sealed class PartOfDayRule : ITimeRule
{
    public TimeMatch? Match(TimeTokens t, int i) =>
        Suffix(t, i, out int end) is { } code ? new TimeMatch(i, end, new TimeOfDay("T" + code)) : null;

    /// <summary>The TIMEX3 part-of-day code (MO, AF, EV, NI) of the phrase at <paramref name="i"/>, or null.</summary>
    public static string? Suffix(TimeTokens t, int i, out int end)
    {
        end = i;
        int at = i;
        string? preposition = null;
        if (t.Is(i, "w", "po", "we", "nad", "przed", "z"))
        {
            preposition = t.Lower(i);
            at = i + 1;
        }

        if (t.EntryText(at, "partofday") is not { } code)
        {
            return null;
        }

        // "-": the word may also stand alone ("popołudniu" for "po południu").
        string? needs = t.EntryText(at, "needs");
        if (needs == "-")
        {
            needs = preposition is null ? null : t.Lexicon.Text("needs", t.Lemma(at));
        }

        if (needs is not null && needs != preposition)
        {
            return null;
        }

        // A preposition the word does not need is not part of the phrase ("w rano" does not occur).
        if (needs is null && preposition is not null)
        {
            return null;
        }

        end = at + 1;
        return code;
    }
}
