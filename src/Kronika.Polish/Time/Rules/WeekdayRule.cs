using Kronika.Core.Text;

namespace Kronika.Polish.Time.Rules;

/// <summary>
/// Weekdays (<c>we wtorek</c>, <c>w piątek</c>, <c>poniedziałkowy</c>, <c>pon.</c>): the nearest one on or before the
/// document date, or after it when the sentence speaks of the future or has no verb at all (a heading, a note:
/// "Poniedziałek, 18 lutego"); after it with <c>przyszły</c>, <c>najbliższy</c>, <c>następny</c> before the name; on
/// or after it with <c>ten</c> ("w ten czwartek", the coming one); strictly before it with <c>ostatni</c>,
/// <c>zeszły</c>, <c>poprzedni</c>. A week phrase after the name says which week (<c>wtorek w przyszłym tygodniu</c>).
/// After <c>od</c> beside a present imperfective verb it is gone by (<c>od środy trwają protesty</c>); after <c>na</c>
/// in a past sentence the coming one, today included (<c>zapowiedzieli strajk na czwartek</c>).
/// </summary>
public sealed class WeekdayRule : ITimeRule
{
    private static readonly ExplicitDateRule Dates = new();
    private static readonly RelativePeriodRule Periods = new();
    private static readonly OffsetRule Offsets = new();

    public TimeMatch? Match(TimeTokens t, int i)
    {
        // "ostatni wtorek", "w zeszłą środę" (the last one); "następny wtorek", "w najbliższą środę" (the next one).
        int? direction = t.EntryNumber(i, "reldet") is { } offset && (offset != 0 || t.Lemma(i) == "ten" || t.Is(i, "ten", "ta", "tę", "tej", "tym"))
            ? offset
            : t.Is(i, "najbliższy", "najbliższą", "najbliższej", "najblizszy", "najblizsza", "najblizszej") ? 1 : null;
        int at = direction is null ? i : i + 1;
        if (t.EntryNumber(at, "weekday") is not { } day)
        {
            return null;
        }

        bool adjective = t.Tag(at).StartsWith("adj", StringComparison.Ordinal);
        // "wtorek, 15.08.2006", "czwartek 7 października", "Śr., 13 lutego": the date says which one.
        int next = t.Is(at + 1, ".") && t.Lexicon.Contains("weekday", t.Lower(at) + ".") ? at + 2 : at + 1;
        next = t.Is(next, ",") ? next + 1 : next;
        if (Dates.Match(t, next) is { Meaning: ExplicitDate { Day: not null } } date)
        {
            return new TimeMatch(i, date.End, date.Meaning);
        }

        if (direction is null && WeekOf(t, at + 1) is ({ } weekOffset, int weekEnd))
        {
            return new TimeMatch(i, weekEnd, new WeekdayOfWeek(day, weekOffset));
        }

        // "środa" and "piątek" are also common nouns, "śr." an abbreviation of "średnio": alone, a weekday needs a
        // preposition, an adjective form, a part of day after it, or to be all the sentence says.
        // An abbreviation cut from its period ("pia", ".") takes it along.
        int end = t.Is(at + 1, ".") && t.Lexicon.Contains("weekday", t.Lower(at) + ".") ? at + 2 : at + 1;
        bool abbreviation = t.Entry(at, "weekday") is [_, "abbr"];
        if (abbreviation && !IsWholeSentence(t, i, end))
        {
            return null;
        }

        if (direction is null && !adjective && !t.Is(i - 1, "w", "we", "od", "do", "na", "z", "ze", "przez")
            && !t.Is(i + 1, "rano", "wieczorem", "po") && !IsWholeSentence(t, i, end))
        {
            return null;
        }

        if (adjective && t.IsCapitalizedInside(at))
        {
            return null; // "Kuriera Niedzielnego": part of a name
        }

        // A weekday with a present-tense verb is a plan ("Bzura rozpoczyna w poniedziałek"): the coming one.
        int tense = direction is null ? t.TenseAt(at) : 0;
        bool future = direction == 1 || (direction is null && tense >= 0);
        bool coming = direction == 0;
        if (direction is null && t.Is(i - 1, "od") && tense == 0 && OngoingNear(t, i))
        {
            // "jest przetrzymywany od środy", "od poniedziałku trwają protesty": a state that holds now began on a day gone by.
            future = false;
        }
        else if (direction is null && t.Is(i - 1, "na") && tense < 0 && !NightSpan(t, i - 1))
        {
            // "zapowiedzieli demonstrację na czwartek": a day something was set for is ahead of the telling, not the
            // "w nocy z wtorku na środę" of a night gone by.
            coming = true;
        }

        return new TimeMatch(i, end, new WeekdayDate(day, future, direction == -1, coming));
    }

    /// <summary>
    /// Whether a present-tense imperfective verb ("trwają", "jest przetrzymywany") stands within a few words of
    /// <paramref name="i"/>: a state going on now. A phrase with no verb of its own ("bilety już od piątku") says nothing.
    /// </summary>
    private static bool OngoingNear(TimeTokens t, int i)
    {
        for (int k = Math.Max(0, i - 8); k < Math.Min(t.Count, i + 8); k++)
        {
            string tag = t.Tag(k);
            if (tag.StartsWith("fin", StringComparison.Ordinal) && tag.EndsWith(":imperf", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the "na" at <paramref name="na"/> closes a night's span: "(w nocy) z wtorku na środę".</summary>
    private static bool NightSpan(TimeTokens t, int na) =>
        na >= 2 && t.EntryNumber(na - 1, "weekday") is not null && t.Is(na - 2, "z", "ze");

    /// <summary>"w przyszłym tygodniu", "tego tygodnia", "za tydzień" after a weekday: the week's offset and the end.</summary>
    private static (int? Offset, int End) WeekOf(TimeTokens t, int i)
    {
        int at = t.Is(i, "w", "we", "z", "ze") ? i + 1 : i;
        TimeMatch? week = Periods.Match(t, at) ?? Offsets.Match(t, at);
        return week is { Meaning: DeicticDate { Granularity: Granularity.Week, Offset: var offset } } ? (offset, week.End) : (null, i);
    }

    /// <summary>Whether tokens [<paramref name="start"/>, <paramref name="end"/>) are all the words of the sentence.</summary>
    internal static bool IsWholeSentence(TimeTokens t, int start, int end)
    {
        for (int k = 0; k < t.Count; k++)
        {
            if ((k < start || k >= end) && t.Kind(k) is TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation)
            {
                return false;
            }
        }

        return true;
    }
}
