using System.Collections.Concurrent;

namespace Kronika.Polish.Morphology;

/// <summary>
/// NKJP's agglutination attribute of masculine singular l-participles (<c>praet:sg:m1:imperf:nagl</c>).
/// It exists only for verbs whose stem alternates ó→o before an agglutinate: <c>mógł</c> (nagl,
/// stands alone) vs <c>mogł</c> (agl, the stem of <c>mogłem</c>). PoliMorf has neither the attribute
/// nor the bare <c>mogł</c> stem, so both are derived here from the form.
/// </summary>
public static class PraetAgglutination
{
    private static readonly ConcurrentDictionary<string, string> NaglTags = new(StringComparer.Ordinal);

    /// <summary>True for a masculine singular l-participle tag (<c>praet:sg:m1:…</c>).</summary>
    public static bool IsMasculineSingularPraet(string tag) =>
        tag.StartsWith("praet:sg:m", StringComparison.Ordinal);

    /// <summary>True if the form's last vowel is <c>ó</c> and it ends in <c>ł</c> (<c>mógł</c>, <c>niósł</c>, <c>wiózł</c>).</summary>
    public static bool IsNonAgglutinativeForm(ReadOnlySpan<char> form)
    {
        if (form.Length < 3 || char.ToLowerInvariant(form[^1]) != 'ł')
            return false;
        int vowel = form[..^1].LastIndexOfAny("aąeęioóuyAĄEĘIOÓUY");
        return vowel >= 0 && char.ToLowerInvariant(form[vowel]) == 'ó';
    }

    /// <summary>True if the form's last vowel is <c>o</c> and it ends in <c>ł</c> (<c>mogł</c>, <c>niosł</c>): a candidate agl stem.</summary>
    public static bool IsAgglutinativeStemCandidate(ReadOnlySpan<char> form)
    {
        if (form.Length < 3 || char.ToLowerInvariant(form[^1]) != 'ł')
            return false;
        int vowel = form[..^1].LastIndexOfAny("aąeęioóuyAĄEĘIOÓUY");
        return vowel >= 0 && char.ToLowerInvariant(form[vowel]) == 'o';
    }

    /// <summary><paramref name="tag"/> with <c>:nagl</c> appended (cached, so repeated calls don't allocate).</summary>
    public static string WithNagl(string tag) => NaglTags.GetOrAdd(tag, static t => t + ":nagl");

    /// <summary>
    /// NKJP tags of an agl stem (<c>praet:sg:m1:imperf:agl</c>, …) from the raw PoliMorf tag of its
    /// first-person <c>-łem</c> form (<c>verb:praet:sg:m1.m2.m3:pri:imperf</c>); other alternatives are ignored.
    /// </summary>
    public static IEnumerable<string> AglTagsFromFirstPerson(string rawTag, Func<string, IReadOnlyList<string>> expand)
    {
        foreach (string alternative in rawTag.Split('+'))
        {
            if (!alternative.StartsWith("verb:praet:sg:", StringComparison.Ordinal) || !alternative.Contains(":pri:", StringComparison.Ordinal))
                continue;
            foreach (string tag in expand(alternative))
            {
                if (IsMasculineSingularPraet(tag))
                    yield return tag + ":agl";
            }
        }
    }
}
