using Kronika.Polish.Names;
using Kronika.Polish.Tagging;
using Kronika.Polish.Tests.Tagging;

namespace Kronika.Polish.Tests.Names;

public class LabelWeightTableTests
{
    [Fact]
    public void Scores_are_the_sums_of_the_sparse_rows_for_every_label()
    {
        var random = new Random(11);
        (FeatureWeights weights, ulong[] keys) = FeatureWeightsTests.RandomWeights(3000, LabelWeightTable.Width, random);
        var table = new LabelWeightTable(weights, LabelWeightTable.Width);
        int nonZero = 0;
        for (int trial = 0; trial < 200; trial++)
        {
            // Known features, features the table lacks, and 0 (no feature).
            var batch = new ulong[random.Next(0, 40)];
            for (int f = 0; f < batch.Length; f++)
            {
                int pick = random.Next(5);
                batch[f] = pick == 0 ? 0 : pick == 1 ? FeatureHash.Feature(50, (ulong)random.Next()) : keys[random.Next(keys.Length)];
            }

            var expected = new float[LabelWeightTable.Width];
            foreach (ulong feature in batch.Where(f => f != 0))
            {
                weights.AddTo(feature, expected);
            }

            var scores = new float[LabelWeightTable.Width];
            table.AddTo(batch, scores);
            Assert.Equal(expected, scores);
            nonZero += scores.Count(s => s != 0);
        }

        Assert.True(nonZero > 1000, $"only {nonZero} scores were touched");
    }

    [Fact]
    public void Fewer_labels_than_slot_width_leave_the_rest_of_the_scores_alone()
    {
        var random = new Random(12);
        (FeatureWeights weights, ulong[] keys) = FeatureWeightsTests.RandomWeights(500, 9, random);
        var table = new LabelWeightTable(weights, 9);
        var scores = new float[LabelWeightTable.Width];
        Array.Fill(scores, 5f);
        table.AddTo(keys.AsSpan(0, 30), scores);
        Assert.All(scores[9..], s => Assert.Equal(5f, s));
        Assert.Contains(scores[..9], s => s != 5f);
    }

    [Fact]
    public void Keys_that_share_their_high_half_and_their_probe_run_are_told_apart()
    {
        // The table walks a 32-bit mark of each key (its high half) before reading a slot: keys with the same
        // mark and neighbouring home slots must still each find their own weights, and a missing key with
        // that mark must find none.
        var random = new Random(13);
        const ulong high = 0xABCDEF01UL << 32;
        var rows = new List<(ulong, WeightEntry[])>();
        var keys = new ulong[40];
        for (int r = 0; r < keys.Length; r++)
        {
            keys[r] = high | (ulong)(r % 4) << 3 | (ulong)r << 20;
            rows.Add((keys[r], [new WeightEntry((ushort)(r % 5), (float)(Half)(random.NextDouble() * 4 - 2))]));
        }

        var weights = new FeatureWeights(rows);
        var table = new LabelWeightTable(weights, 5);
        foreach (ulong key in keys)
        {
            var expected = new float[LabelWeightTable.Width];
            weights.AddTo(key, expected);
            var scores = new float[LabelWeightTable.Width];
            table.AddTo([key], scores);
            Assert.Equal(expected, scores);
        }

        var none = new float[LabelWeightTable.Width];
        table.AddTo([high | 1UL << 3 | 999UL << 20], none);
        Assert.All(none, s => Assert.Equal(0f, s));
    }
}
