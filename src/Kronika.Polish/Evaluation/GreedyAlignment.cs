namespace Kronika.Polish.Evaluation;

/// <summary>
/// One-to-one pairing of system items with gold items: the best-scoring candidate pairs are taken first,
/// and an item already paired is not paired again. A score of zero or less means "cannot match".
/// </summary>
public static class GreedyAlignment
{
    /// <summary>Maps the index of each paired system item to the index of its gold item.</summary>
    public static Dictionary<int, int> Align<TFound, TGold>(
        IReadOnlyList<TFound> found,
        IReadOnlyList<TGold> gold,
        Func<TFound, TGold, double> score)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(score);
        var candidates = new List<(double Score, int Found, int Gold)>();
        for (int f = 0; f < found.Count; f++)
        {
            for (int g = 0; g < gold.Count; g++)
            {
                double s = score(found[f], gold[g]);
                if (s > 0)
                {
                    candidates.Add((s, f, g));
                }
            }
        }

        // Ties go to the earlier items, so the pairing does not depend on the sort's stability.
        candidates.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score)
            : a.Found != b.Found ? a.Found.CompareTo(b.Found) : a.Gold.CompareTo(b.Gold));
        var pairs = new Dictionary<int, int>();
        var goldTaken = new HashSet<int>();
        foreach ((_, int f, int g) in candidates)
        {
            if (!pairs.ContainsKey(f) && goldTaken.Add(g))
            {
                pairs[f] = g;
            }
        }

        return pairs;
    }

    /// <summary>Length of the overlap of two half-open ranges, 0 when they do not overlap.</summary>
    public static int Overlap(int start1, int end1, int start2, int end2) =>
        Math.Max(0, Math.Min(end1, end2) - Math.Max(start1, start2));
}
