using Kronika.Polish.Tagging;

namespace Kronika.Polish.Names;

/// <summary>
/// One declinable reading of a word inside a name: a noun or an adjective with its lemma, case, number
/// and gender (NKJP values: <c>nom</c>…<c>voc</c>, <c>sg</c>/<c>pl</c>, <c>m1</c>/<c>m2</c>/<c>m3</c>/<c>f</c>/<c>n</c>).
/// </summary>
internal sealed record NameReading(string Lemma, string Pos, string Case, string Number, string Gender, string? Degree = null)
{
    /// <summary>Adjectives and participles agree with their noun; nouns head or chain.</summary>
    public bool IsAdjective => Pos != "subst";

    /// <summary>A proper-noun reading: the dictionary writes its lemma capitalised (<c>Putin</c>, <c>Korea</c>).</summary>
    public bool IsProper => !IsAdjective && Lemma.Length > 0 && char.IsUpper(Lemma[0]);

    /// <summary>Whether two readings can stand in agreement: same case, number and gender.</summary>
    public bool AgreesWith(NameReading other) => Case == other.Case && Number == other.Number && Gender == other.Gender;

    /// <summary>The reading of an NKJP tag if it is a noun, an adjective or an affirmative participle; null otherwise.</summary>
    public static NameReading? From(string lemma, string tag)
    {
        ParsedTag parsed = NkjpTagset.Default.Parse(tag);
        bool declinable = parsed.Pos switch
        {
            "subst" => true,
            "adj" => true,
            "ppas" or "pact" => parsed.Get("negation") is null or "aff",
            _ => false,
        };
        if (!declinable)
        {
            return null;
        }

        string? @case = parsed.Case, number = parsed.Get("number"), gender = parsed.Get("gender");
        return @case is null || number is null || gender is null ? null : new NameReading(lemma, parsed.Pos, @case, number, gender, parsed.Get("degree"));
    }
}
