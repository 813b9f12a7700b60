namespace Kronika.Polish.Morphology;

/// <summary>
/// Turns a raw Morfologik/PoliMorf tag (alternatives joined with <c>+</c>, alternative values within
/// one position joined with <c>.</c>) into the distinct atomic tags of the NKJP 1M tagset, in the form
/// used by the NKJP corpus (e.g. <c>subst:sg:nom:m3</c>, <c>praet:sg:m1:perf</c>, <c>qub</c>).
/// </summary>
/// <remarks>
/// Mapping decisions (checked against the NKJP 1M corpus tags; see docs/morphology.md):
/// <list type="bullet">
/// <item>Verb forms lose PoliMorf's <c>verb:</c> prefix (<c>verb:fin:…</c> → <c>fin:…</c>).</item>
/// <item>The reflexivity position (<c>refl</c>/<c>nonrefl</c>) is dropped everywhere: NKJP has no such attribute.</item>
/// <item><c>praet</c> and <c>winien</c> lose the person (NKJP splits <c>robiłem</c> into <c>robił</c> + aglt <c>em</c>,
/// so the l-participle itself carries no person). PoliMorf's conditional <c>pot</c> forms
/// (<c>zrobiłby</c>) become <c>praet</c> for the same reason; <c>verb:pred:pot</c> (<c>brakłoby</c>) becomes
/// <c>praet:sg:n</c>.</item>
/// <item>Genders: <c>n1</c>,<c>n2</c> → <c>n</c>; pluralia tantum <c>p1</c> → <c>m1</c> (<c>państwo</c>),
/// <c>p2</c>,<c>p3</c> → <c>n</c> (<c>drzwi</c>, <c>okulary</c>) — exactly what the corpus does.</item>
/// <item>Numerals whose genders are only collective ones (<c>n1</c>/<c>p1</c>/<c>p2</c>, e.g. <c>dwoje</c>) become
/// <c>numcol</c> with <c>p1</c> → <c>m1</c> and <c>n1</c>,<c>p2</c> → <c>n</c>; <c>num:comp</c> (compound stems such
/// as <c>czterdziesto</c>) has no NKJP counterpart and is kept as is.</item>
/// <item><c>siebie</c> loses the accentability (<c>akc</c>/<c>nakc</c>) position: NKJP <c>siebie</c> has only case.</item>
/// <item>Everything else (<c>wok/nwok</c>, <c>akc/nakc</c>, <c>praep/npraep</c>, <c>pun/npun</c>, <c>congr/rec</c>, degree,
/// aspect, negation) has the same values in both tagsets and is only expanded.</item>
/// <item><see cref="NkjpTagStyle.Morfeusz2"/> (UD PDB XPOS) keeps what PoliMorf knows about noun
/// collectivity instead: <c>n1</c> → <c>n:col</c>, <c>n2</c> → <c>n:ncol</c>, <c>p1</c> → <c>m1:pt</c>,
/// <c>p2</c>,<c>p3</c> → <c>n:pt</c> (nouns only); numerals get <c>:col</c>/<c>:ncol</c> instead of the
/// <c>numcol</c> class; <c>qub</c> becomes <c>part</c>.</item>
/// <item>Attribute-less classes are written without a trailing colon (<c>qub</c>, not the corpus's <c>qub:</c>);
/// compare after trimming a trailing <c>:</c>.</item>
/// </list>
/// </remarks>
public static class NkjpTagExpander
{
    /// <summary>All distinct NKJP tags denoted by <paramref name="rawTag"/>, in first-seen order.</summary>
    public static IReadOnlyList<string> Expand(string rawTag) => Expand(rawTag, NkjpTagStyle.Nkjp1M);

    /// <summary>All distinct tags of <paramref name="rawTag"/> in the given tagset flavour, in first-seen order.</summary>
    public static IReadOnlyList<string> Expand(string rawTag, NkjpTagStyle style)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string alternative in rawTag.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (string tag in ExpandAlternative(alternative, style))
            {
                if (seen.Add(tag))
                    result.Add(tag);
            }
        }
        return result;
    }

    private static IEnumerable<string> ExpandAlternative(string alternative, NkjpTagStyle style)
    {
        string[][] positions = alternative.Split(':').Select(p => p.Split('.')).ToArray();
        string[][] normalised = Normalise(positions, style);
        return CartesianProduct(normalised);
    }

    // Rewrites the position list of one alternative into NKJP order and values; values stay
    // grouped per position so the product is taken only once, after normalisation.
    private static string[][] Normalise(string[][] p, NkjpTagStyle style)
    {
        string pos = p[0][0];
        if (pos == "verb" && p.Length > 1)
            return NormaliseVerb(p[1][0], p[2..]);

        if (style == NkjpTagStyle.Morfeusz2)
        {
            switch (pos)
            {
                case "qub":
                    return [["part"], .. p[1..]];
                case "subst" when p.Length >= 4:
                    var noun = (string[][])p.Clone();
                    noun[3] = p[3].Select(MapNounGenderMorfeusz2).Distinct().ToArray();
                    return noun;
                case "num" when p.Length >= 5:
                    return NormaliseNumeralMorfeusz2(p);
            }
        }

        return pos switch
        {
            "subst" or "depr" or "adj" or "ppas" or "pact" or "ger" or "ppron12" or "ppron3" =>
                WithGenderAt(DropReflexivity(p), 3),
            "num" when p.Length >= 4 => NormaliseNumeral(p),
            "siebie" => p.Length > 2 ? p[..2] : p,
            "pant" or "pcon" => DropReflexivity(p),
            _ => p,
        };
    }

    private static string[][] NormaliseVerb(string form, string[][] rest)
    {
        rest = DropReflexivity(rest);
        return form switch
        {
            // number:gender:person:aspect → number:gender:aspect
            "praet" or "pot" or "winien" when rest.Length >= 4 =>
                WithGenderAt([[form == "pot" ? "praet" : form], rest[0], rest[1], rest[3]], 2),
            // pred:pot:aspect — an impersonal conditional (brakłoby) = praet:sg:n + by
            "pred" when rest.Length >= 2 => [["praet"], ["sg"], ["n"], rest[1]],
            _ => [[form], .. rest],
        };
    }

    // PoliMorf always puts reflexivity last, so this only needs to look at the final position.
    private static string[][] DropReflexivity(string[][] p) =>
        p.Length > 1 && p[^1].All(v => v is "refl" or "nonrefl") ? p[..^1] : p;

    private static string[][] WithGenderAt(string[][] p, int index)
    {
        if (index >= p.Length)
            return p;
        var copy = (string[][])p.Clone();
        copy[index] = p[index].Select(MapGender).Distinct().ToArray();
        return copy;
    }

    private static string MapGender(string gender) => gender switch
    {
        "n1" or "n2" or "p2" or "p3" => "n",
        "p1" => "m1",
        _ => gender,
    };

    // num:number:case:gender:accommodation. Collective numerals (dwoje, pięcioro) carry only the
    // collective genders n1/p1/p2 in PoliMorf; NKJP gives them their own class numcol.
    private static string[][] NormaliseNumeral(string[][] p)
    {
        bool collective = p[3].All(g => g is "n1" or "p1" or "p2");
        var copy = WithGenderAt(p, 3);
        if (collective)
            copy[0] = ["numcol"];
        return copy;
    }

    // Morfeusz 2 spells PoliMorf's noun subgenders as gender + collectivity.
    private static string MapNounGenderMorfeusz2(string gender) => gender switch
    {
        "n1" => "n:col",
        "n2" => "n:ncol",
        "p1" => "m1:pt",
        "p2" or "p3" => "n:pt",
        _ => gender,
    };

    // num:number:case:gender:accommodation + col/ncol as a trailing attribute.
    private static string[][] NormaliseNumeralMorfeusz2(string[][] p)
    {
        bool collective = p[3].All(g => g is "n1" or "p1" or "p2");
        var copy = WithGenderAt(p, 3);
        return [.. copy, [collective ? "col" : "ncol"]];
    }

    private static IEnumerable<string> CartesianProduct(string[][] positions)
    {
        var indices = new int[positions.Length];
        var parts = new string[positions.Length];
        while (true)
        {
            for (int i = 0; i < positions.Length; i++)
                parts[i] = positions[i][indices[i]];
            yield return string.Join(':', parts);

            int k = positions.Length - 1;
            while (k >= 0 && ++indices[k] == positions[k].Length)
                indices[k--] = 0;
            if (k < 0)
                yield break;
        }
    }
}
