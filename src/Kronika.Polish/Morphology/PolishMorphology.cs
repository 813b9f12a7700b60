using System.Collections.Concurrent;
using Kronika.Core.Text;

namespace Kronika.Polish.Morphology;

/// <summary>
/// Dictionary-based Polish morphological analyser: every (lemma, NKJP tag) reading Morfologik
/// knows for a word, including the readings of its lower-cased / title-cased variants when the
/// word is capitalised (sentence-initial <c>Przywódcy</c> must still find <c>przywódca</c>).
/// Unknown words yield an empty list. Thread-safe.
/// </summary>
public sealed class PolishMorphology : IWordAnalyzer
{
    private static readonly MorphAnalysis[] None = [];

    // The tagger, the name recogniser and lemmatiser, the resolver and the event extractor all ask for the
    // readings of the same words; a bounded cache answers the repeats without walking the automaton again.
    private const int MaxCachedWords = 200_000;
    private readonly BoundedCache<string, MorphAnalysis[]> _readings = new(MaxCachedWords, StringComparer.Ordinal);

    // Raw tags are interned by the dictionary and there are only a few thousand, so this stays small.
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _expansions = new(StringComparer.Ordinal);
    private readonly Func<string, IReadOnlyList<string>> _expand;

    public PolishMorphology(MorfologikDictionary dictionary, NkjpTagStyle style = NkjpTagStyle.Nkjp1M)
    {
        Dictionary = dictionary;
        Style = style;
        _expand = raw => NkjpTagExpander.Expand(raw, style);
    }

    public MorfologikDictionary Dictionary { get; }

    /// <summary>The tagset flavour of the returned tags.</summary>
    public NkjpTagStyle Style { get; }

    /// <summary>Loads the dictionary found by <see cref="DictionaryLocator"/>.</summary>
    public static PolishMorphology Load(NkjpTagStyle style = NkjpTagStyle.Nkjp1M) =>
        new(MorfologikDictionary.Open(DictionaryLocator.Locate()), style);

    /// <summary>
    /// Deduplicated NKJP readings of <paramref name="word"/>: the exact form's first, then those of
    /// its case variants (lower case for Capitalised words; title and lower case for ALL-CAPS ones).
    /// The list is shared between callers: it must not be changed.
    /// </summary>
    public IReadOnlyList<MorphAnalysis> Analyze(string word)
    {
        if (string.IsNullOrEmpty(word))
            return None;

        if (_readings.TryGetValue(word, out MorphAnalysis[]? cached))
            return cached;

        MorphAnalysis[] readings = Readings(word);
        _readings.TryAdd(word, readings);
        return readings;
    }

    private MorphAnalysis[] Readings(string word)
    {
        List<MorphAnalysis>? result = null;
        Collect(word, ref result);
        switch (Casing.Of(word))
        {
            case WordCasing.Capitalised:
                Collect(word.ToLowerInvariant(), ref result);
                break;
            case WordCasing.AllCaps:
                Collect(Casing.ToTitle(word), ref result);
                Collect(word.ToLowerInvariant(), ref result);
                break;
        }
        return result is null ? None : [.. result];
    }

    /// <summary>The NKJP tags of a raw Morfologik tag, cached.</summary>
    public IReadOnlyList<string> ExpandTag(string rawTag) => _expansions.GetOrAdd(rawTag, _expand);

    private void Collect(string form, ref List<MorphAnalysis>? result)
    {
        IReadOnlyList<MorphAnalysis> raw = Dictionary.Lookup(form);
        CollectSegmentReadings(form, raw.Count == 0, ref result);

        bool nagl = PraetAgglutination.IsNonAgglutinativeForm(form);
        for (int i = 0; i < raw.Count; i++)
        {
            MorphAnalysis entry = raw[i];
            IReadOnlyList<string> tags = ExpandTag(entry.Tag);
            result ??= new List<MorphAnalysis>(tags.Count * raw.Count);
            for (int t = 0; t < tags.Count; t++)
            {
                string tag = tags[t];
                if (nagl && PraetAgglutination.IsMasculineSingularPraet(tag))
                    tag = PraetAgglutination.WithNagl(tag);
                tag = AdverbDegree.Fix(form, tag);
                Add(result, new MorphAnalysis(entry.Lemma, tag));
            }
        }
    }

    // NKJP segments that are not words of their own and so are absent from Morfologik:
    // agglutinates (em, śmy) and the agl stems of ó-alternating verbs (mogł ← mogłem).
    // Agglutinates come first: "em"/"m" are also (rare) dictionary words, but as NKJP segments they
    // are almost always the agglutinate.
    private void CollectSegmentReadings(string form, bool unknown, ref List<MorphAnalysis>? result)
    {
        foreach (MorphAnalysis aglt in AgglutinateReadings.For(form))
            Add(result ??= [], aglt);

        if (!unknown || !PraetAgglutination.IsAgglutinativeStemCandidate(form))
            return;
        foreach (MorphAnalysis firstPerson in Dictionary.Lookup(form + "em"))
        {
            foreach (string tag in PraetAgglutination.AglTagsFromFirstPerson(firstPerson.Tag, ExpandTag))
                Add(result ??= [], new MorphAnalysis(firstPerson.Lemma, tag));
        }
    }

    private static void Add(List<MorphAnalysis> list, MorphAnalysis analysis)
    {
        if (!Contains(list, analysis))
            list.Add(analysis);
    }

    // Lists are short (a few dozen readings at most) and strings are interned, so a linear scan
    // with reference-equal fast paths beats allocating a set per word.
    private static bool Contains(List<MorphAnalysis> list, MorphAnalysis analysis)
    {
        foreach (MorphAnalysis existing in list)
        {
            if (ReferenceEquals(existing.Tag, analysis.Tag) && ReferenceEquals(existing.Lemma, analysis.Lemma))
                return true;
            if (existing.Equals(analysis))
                return true;
        }
        return false;
    }
}
