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
/// Scores of extraction against a gold record, summed over documents (micro-average): entities, quotations,
/// events and claims, and the speakers of the quotations that matched.
/// </summary>
public sealed record ExtractionScores(
    int Documents,
    MatchCounts Entities,
    MatchCounts Quotes,
    MatchCounts Events,
    MatchCounts Claims,
    int SpeakersCorrect)
{
    public static readonly ExtractionScores Empty = new(0, default, default, default, default, 0);

    /// <summary>Share of matched quotations whose speaker is right (both null, or the same entity through the alignment).</summary>
    public double SpeakerAccuracy => Metrics.Ratio(SpeakersCorrect, Quotes.Matched);

    public static ExtractionScores operator +(ExtractionScores a, ExtractionScores b) => new(
        a.Documents + b.Documents,
        a.Entities + b.Entities,
        a.Quotes + b.Quotes,
        a.Events + b.Events,
        a.Claims + b.Claims,
        a.SpeakersCorrect + b.SpeakersCorrect);
}
