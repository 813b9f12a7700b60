namespace Kronika.Polish.Names;

/// <summary>
/// Viterbi decoding of the best BIO label sequence from per-word label scores and label-transition
/// scores that depend on the word's capitalisation class. Transitions that would continue a name of
/// another type (<see cref="NameLabels.CanFollow"/>) are never taken; words marked outside get the
/// outside label without their other labels being considered.
/// </summary>
internal static class NameDecoder
{
    // For each label, the labels that may come before it (NameLabels.CanFollow), in increasing order: an inside
    // label has only its own type's two, so its best predecessor is found among two instead of all labels.
    private static readonly int[][] Predecessors = PredecessorsOfEachLabel();

    private static int[][] PredecessorsOfEachLabel()
    {
        int count = NameLabels.Count;
        var predecessors = new int[count][];
        for (int y = 0; y < count; y++)
        {
            var allowed = new List<int>();
            for (int p = 0; p < count; p++)
            {
                if (NameLabels.CanFollow(p, y))
                {
                    allowed.Add(p);
                }
            }

            predecessors[y] = [.. allowed];
        }

        return predecessors;
    }

    /// <param name="emissions">Word-major scores: <c>emissions[i * L + label]</c>.</param>
    /// <param name="transitions">Class-major scores: <c>transitions[(class * L + previous) * L + label]</c>; the sentence starts after an outside label.</param>
    /// <param name="scratch">Where the work arrays come from; null allocates them.</param>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, ReadOnlySpan<byte> classes, ReadOnlySpan<bool> outside, Span<int> labels, NameScratch? scratch = null)
    {
        int n = labels.Length;
        int count = NameLabels.Count;
        if (n == 0)
        {
            return;
        }

        if (scratch is null)
        {
            scratch = new NameScratch();
            scratch.EnsureCapacity(n);
        }

        Span<float> best = scratch.Best.AsSpan(0, n * count);
        Span<byte> back = scratch.Back.AsSpan(0, n * count);
        for (int y = 0; y < count; y++)
        {
            best[y] = NameLabels.CanFollow(NameLabels.Outside, y) && (y == NameLabels.Outside || !outside[0])
                ? emissions[y] + transitions[(classes[0] * count + NameLabels.Outside) * count + y]
                : float.NegativeInfinity;
        }

        for (int i = 1; i < n; i++)
        {
            ReadOnlySpan<float> table = transitions.Slice(classes[i] * count * count, count * count);
            int labelsHere = outside[i] ? 1 : count;
            for (int y = labelsHere; y < count; y++)
            {
                best[i * count + y] = float.NegativeInfinity;
            }

            ReadOnlySpan<float> before = best.Slice((i - 1) * count, count);
            for (int y = 0; y < labelsHere; y++)
            {
                // The first of the best-scoring allowed predecessors, as a scan of them in order finds it; after
                // a word marked outside only the outside label can score more than minus infinity.
                float top = float.NegativeInfinity;
                int arg = 0;
                if (outside[i - 1])
                {
                    if (NameLabels.CanFollow(NameLabels.Outside, y))
                    {
                        float score = before[NameLabels.Outside] + table[(NameLabels.Outside * count) + y];
                        if (score > top)
                        {
                            top = score;
                            arg = NameLabels.Outside;
                        }
                    }
                }
                else
                {
                    foreach (int p in Predecessors[y])
                    {
                        float score = before[p] + table[(p * count) + y];
                        if (score > top)
                        {
                            top = score;
                            arg = p;
                        }
                    }
                }

                best[(i * count) + y] = top + emissions[(i * count) + y];
                back[(i * count) + y] = (byte)arg;
            }
        }

        int last = 0;
        for (int y = 1; y < count; y++)
        {
            if (best[(n - 1) * count + y] > best[(n - 1) * count + last])
            {
                last = y;
            }
        }

        for (int i = n - 1; i >= 0; i--)
        {
            labels[i] = last;
            last = back[i * count + last];
        }
    }
}
