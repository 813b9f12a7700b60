namespace Kronika.Polish.Tagging;

/// <summary>
/// The tagger's weight rows of the features that one word's form (<see cref="TaggerFeatures.FormRow"/>) or
/// the tag chosen on the left (<see cref="TaggerFeatures.TagRow"/>) decides, looked up once and kept with
/// the form's <see cref="WordFeatures"/> and the candidates' <see cref="CandidateInfo"/>: a word then hashes
/// and looks up only the features that combine two values. Thread-safe: each value is made whole before it
/// is kept, and two threads making the same keep equal values.
/// </summary>
internal sealed class TaggerRows
{
    public TaggerRows(FeatureWeights weights)
    {
        Weights = weights;
        Span<ulong> keys = stackalloc ulong[TaggerFeatures.FormRow.Count];
        TaggerFeatures.EdgeKeys(start: true, keys);
        Start = Find(keys);
        TaggerFeatures.EdgeKeys(start: false, keys);
        End = Find(keys);
        TaggerFeatures.TagKeys(null, keys);
        StartTag = Find(keys[..TaggerFeatures.TagRow.Count]);
    }

    public FeatureWeights Weights { get; }

    /// <summary>The rows that a word reads where its neighbour would stand before the sentence's start.</summary>
    public WeightRow[] Start { get; }

    /// <summary>The rows that a word reads where its neighbour would stand after the sentence's end.</summary>
    public WeightRow[] End { get; }

    /// <summary>The <see cref="TaggerFeatures.TagRow"/> rows of the sentence's first word (no tag on its left).</summary>
    public WeightRow[] StartTag { get; }

    /// <summary>The rows of the <see cref="TaggerFeatures.FormRow"/> features of <paramref name="word"/>, which must belong to this model (or to no other).</summary>
    public WeightRow[] Of(WordFeatures word)
    {
        if (word.Rows is { } kept)
        {
            return kept;
        }

        Span<ulong> keys = stackalloc ulong[TaggerFeatures.FormRow.Count];
        TaggerFeatures.FormKeys(word, keys);
        WeightRow[] rows = Find(keys);
        word.Rows = rows;
        return rows;
    }

    /// <summary>The rows of the <see cref="TaggerFeatures.TagRow"/> features when candidate <paramref name="candidate"/> of <paramref name="info"/> is chosen.</summary>
    public ReadOnlySpan<WeightRow> Of(CandidateInfo info, int candidate)
    {
        if (info.TagRows is not { } kept || !ReferenceEquals(kept.Owner, this))
        {
            var rows = new WeightRow[info.Tags.Length * TaggerFeatures.TagRow.Count];
            Span<ulong> keys = stackalloc ulong[TaggerFeatures.TagRow.Count];
            for (int c = 0; c < info.Tags.Length; c++)
            {
                TaggerFeatures.TagKeys(info.Tags[c], keys);
                Weights.FindRows(keys, rows.AsSpan(c * TaggerFeatures.TagRow.Count, TaggerFeatures.TagRow.Count));
            }

            kept = new OwnedRows(this, rows);
            info.TagRows = kept;
        }

        return kept.Rows.AsSpan(candidate * TaggerFeatures.TagRow.Count, TaggerFeatures.TagRow.Count);
    }

    private WeightRow[] Find(ReadOnlySpan<ulong> keys)
    {
        var rows = new WeightRow[keys.Length];
        Weights.FindRows(keys, rows);
        return rows;
    }
}

/// <summary>Weight rows kept for one <see cref="TaggerRows"/> (a candidate list may be seen by more than one model).</summary>
internal sealed class OwnedRows(TaggerRows owner, WeightRow[] rows)
{
    public TaggerRows Owner { get; } = owner;

    public WeightRow[] Rows { get; } = rows;
}
