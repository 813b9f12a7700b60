using System.Collections.Concurrent;
using Kronika.Core.Text;

namespace Kronika.Polish.Tagging;

/// <summary>
/// A word's candidate list as the tagger uses it: each candidate's tag info and atoms, and the hashes of
/// the whole set (its "ambiguity class"). Computed once per distinct candidate array; the candidate
/// provider hands out the same array for every occurrence of a form, so this is a cache hit nearly always.
/// </summary>
internal sealed class CandidateInfo
{
    public CandidateInfo(MorphAnalysis[] candidates, NkjpTagset tagset, TagAtoms atoms)
    {
        Tags = new TagInfo[candidates.Length];
        Atoms = new int[candidates.Length][];
        for (int c = 0; c < candidates.Length; c++)
        {
            TagInfo info = TagInfo.Of(candidates[c].Tag, tagset);
            Tags[c] = info;
            Atoms[c] = atoms.Of(candidates[c].Tag);
            // Order-independent combinations: a sum and bit sets.
            Ambiguity += info.TagHash;
            PosSet |= 1UL << (int)(info.PosHash % 64);
            if (info.Parsed.Case is not null)
            {
                CaseSet |= 1UL << (int)(info.CaseHash % 64);
            }
        }

        AtomUnion = [.. Atoms.SelectMany(a => a).Distinct().Order()];
    }

    public TagInfo[] Tags { get; }

    public int[][] Atoms { get; }

    /// <summary>Every atom of any candidate, once each, in order: the only atom scores that <see cref="Score"/> reads.</summary>
    public int[] AtomUnion { get; }

    public ulong Ambiguity { get; }

    public ulong PosSet { get; }

    public ulong CaseSet { get; }

    /// <summary>The rows of the features that each candidate, chosen, gives the next word (<see cref="TaggerRows.Of(CandidateInfo, int)"/>).</summary>
    public OwnedRows? TagRows { get; set; }

    /// <summary>The score of candidate <paramref name="c"/>: the sum of its atoms' scores.</summary>
    public float Score(int c, float[] atomScores)
    {
        float score = 0;
        foreach (int atom in Atoms[c])
        {
            score += atomScores[atom];
        }

        return score;
    }
}

/// <summary>
/// A bounded cache of <see cref="CandidateInfo"/>. A single candidate is keyed by its tag (its info does not
/// depend on the lemma, and punctuation and numbers get fresh arrays); a list by the identity of the array.
/// </summary>
internal sealed class CandidateInfoCache(NkjpTagset tagset, TagAtoms atoms)
{
    private const int MaxEntries = 300_000;
    private readonly BoundedCache<MorphAnalysis[], CandidateInfo> _cache = new(MaxEntries, ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<string, CandidateInfo> _single = new(StringComparer.Ordinal);

    public CandidateInfo Get(MorphAnalysis[] candidates)
    {
        if (candidates.Length == 1)
        {
            return _single.GetOrAdd(candidates[0].Tag, static (_, state) => new CandidateInfo(state.candidates, state.tagset, state.atoms), (candidates, tagset, atoms));
        }

        if (_cache.TryGetValue(candidates, out CandidateInfo? info))
        {
            return info;
        }

        info = new CandidateInfo(candidates, tagset, atoms);
        _cache.TryAdd(candidates, info);

        return info;
    }
}
