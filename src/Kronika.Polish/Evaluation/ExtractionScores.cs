namespace Kronika.Polish.Evaluation;

/// <summary>How many gold items there were, how many the system found, and how many of those matched a gold one.</summary>
public readonly record struct MatchCounts(int Gold, int Found, int Matched)
{
    public double Precision => Metrics.Ratio(Matched, Found);
    public double Recall => Metrics.Ratio(Matched, Gold);
    public double F1 => Metrics.F1(Precision, Recall);

    public static MatchCounts operator +(MatchCounts a, MatchCounts b) =>
        new(a.Gold + b.Gold, a.Found + b.Found, a.Matched + b.Matched);
}

/// <summary>
/// Event scores with fewer facets compared than the real score (type, sides and date), to show which facet
/// loses the most without listing any single error: the type alone, the type with the source's countries,
/// with the target's, and with the date.
/// </summary>
public readonly record struct EventFacetCounts(MatchCounts Type, MatchCounts TypeSource, MatchCounts TypeTarget, MatchCounts TypeDate)
{
    public static EventFacetCounts operator +(EventFacetCounts a, EventFacetCounts b) =>
        new(a.Type + b.Type, a.TypeSource + b.TypeSource, a.TypeTarget + b.TypeTarget, a.TypeDate + b.TypeDate);
}

/// <summary>
/// Scores of extraction against a gold record, summed over documents (micro-average): entities, quotations,
/// events and claims, and the speakers of the quotations that matched.
/// </summary>
public sealed record ExtractionScores(
    int Documents,
    MatchCounts Entities,
    MatchCounts Quotes,
    MatchCounts Events,
    MatchCounts Claims,
    int SpeakersCorrect,
    EventFacetCounts EventFacets)
{
    public static readonly ExtractionScores Empty = new(0, default, default, default, default, 0, default);

    /// <summary>Share of matched quotations whose speaker is right (both null, or the same entity through the alignment).</summary>
    public double SpeakerAccuracy => Metrics.Ratio(SpeakersCorrect, Quotes.Matched);

    public static ExtractionScores operator +(ExtractionScores a, ExtractionScores b) => new(
        a.Documents + b.Documents,
        a.Entities + b.Entities,
        a.Quotes + b.Quotes,
        a.Events + b.Events,
        a.Claims + b.Claims,
        a.SpeakersCorrect + b.SpeakersCorrect,
        a.EventFacets + b.EventFacets);
}
