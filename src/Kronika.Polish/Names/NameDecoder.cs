using System.Runtime.Intrinsics;

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

    /// <summary>Labels a row of <see cref="Rows"/> holds: <see cref="NameLabels.Count"/>, padded to two vectors.</summary>
    public const int Lanes = 2 * 8;

    /// <summary>
    /// The transition scores laid out for <see cref="Decode"/> to take every label's best predecessor at once:
    /// for each class and previous label a row of <see cref="Lanes"/> scores, one per label, minus infinity
    /// where the label may not follow (<see cref="NameLabels.CanFollow"/>) and in the padding. A disallowed
    /// predecessor then scores minus infinity, which never beats the best so far, as if it were skipped.
    /// </summary>
    public static float[] Rows(ReadOnlySpan<float> transitions)
    {
        int count = NameLabels.Count;
        if (count > Lanes)
        {
            throw new InvalidOperationException($"At most {Lanes} labels fit in a row, not {count}.");
        }

        int classes = transitions.Length / (count * count);
        var rows = new float[classes * count * Lanes];
        Array.Fill(rows, float.NegativeInfinity);
        for (int c = 0; c < classes; c++)
        {
            for (int p = 0; p < count; p++)
            {
                for (int y = 0; y < count; y++)
                {
                    if (NameLabels.CanFollow(p, y))
                    {
                        rows[((c * count) + p) * Lanes + y] = transitions[((c * count) + p) * count + y];
                    }
                }
            }
        }

        return rows;
    }

    /// <param name="emissions">Word-major scores: <c>emissions[i * L + label]</c>.</param>
    /// <param name="transitions">Class-major scores: <c>transitions[(class * L + previous) * L + label]</c>; the sentence starts after an outside label.</param>
    /// <param name="scratch">Where the work arrays come from; null allocates them.</param>
    /// <param name="rows">The same transitions as <see cref="Rows"/> lays them out, to score all labels of a word together; null scores them one by one (the same choices).</param>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, ReadOnlySpan<byte> classes, ReadOnlySpan<bool> outside, Span<int> labels, NameScratch? scratch = null, float[]? rows = null)
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
            if (rows is not null && !outside[i])
            {
                Step(rows.AsSpan(classes[i] * count * Lanes, count * Lanes), outside[i - 1] ? 1 : count, best.Slice((i - 1) * count, count), emissions.Slice(i * count, count), best.Slice(i * count, count), back.Slice(i * count, count));
                continue;
            }

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

    /// <summary>
    /// One word's Viterbi step for all labels together: for each label the first of the best-scoring
    /// predecessors among the first <paramref name="predecessors"/> labels (only the outside label after a word
    /// marked outside), as the scan in <see cref="Decode"/> finds it, and its score plus the word's own.
    /// </summary>
    private static void Step(ReadOnlySpan<float> rows, int predecessors, ReadOnlySpan<float> before, ReadOnlySpan<float> emissions, Span<float> best, Span<byte> back)
    {
        Vector256<float> top0 = Vector256.Create(float.NegativeInfinity);
        Vector256<float> top1 = top0;
        Vector256<int> arg0 = Vector256<int>.Zero;
        Vector256<int> arg1 = Vector256<int>.Zero;
        for (int p = 0; p < predecessors; p++)
        {
            Vector256<float> from = Vector256.Create(before[p]);
            ReadOnlySpan<float> row = rows.Slice(p * Lanes, Lanes);
            Vector256<float> score0 = from + Vector256.Create(row[..8]);
            Vector256<float> score1 = from + Vector256.Create(row[8..]);
            Vector256<float> better0 = Vector256.GreaterThan(score0, top0);
            Vector256<float> better1 = Vector256.GreaterThan(score1, top1);
            Vector256<int> label = Vector256.Create(p);
            top0 = Vector256.ConditionalSelect(better0, score0, top0);
            top1 = Vector256.ConditionalSelect(better1, score1, top1);
            arg0 = Vector256.ConditionalSelect(better0.AsInt32(), label, arg0);
            arg1 = Vector256.ConditionalSelect(better1.AsInt32(), label, arg1);
        }

        Span<float> tops = stackalloc float[Lanes];
        Span<int> args = stackalloc int[Lanes];
        top0.CopyTo(tops);
        top1.CopyTo(tops[8..]);
        arg0.CopyTo(args);
        arg1.CopyTo(args[8..]);
        for (int y = 0; y < best.Length; y++)
        {
            best[y] = tops[y] + emissions[y];
            back[y] = (byte)args[y];
        }
    }
}
