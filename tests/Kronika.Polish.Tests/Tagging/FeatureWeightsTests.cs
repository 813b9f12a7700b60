using Kronika.Polish.Tagging;

namespace Kronika.Polish.Tests.Tagging;

public class FeatureWeightsTests
{
    /// <summary>Random sparse rows over <paramref name="outputs"/> outputs, keyed by hashes as the tagger makes them.</summary>
    private static (FeatureWeights Weights, ulong[] Keys) RandomWeights(int rows, int outputs, Random random)
    {
        var list = new List<(ulong, WeightEntry[])>();
        var keys = new ulong[rows];
        for (int r = 0; r < rows; r++)
        {
            keys[r] = FeatureHash.Feature(r % 7, (ulong)r);
            var entries = new WeightEntry[random.Next(0, 6)];
            for (int e = 0; e < entries.Length; e++)
            {
                entries[e] = new WeightEntry((ushort)random.Next(outputs), (float)(Half)(random.NextDouble() * 4 - 2));
            }

            list.Add((keys[r], entries));
        }

        return (new FeatureWeights(list), keys);
    }

    [Fact]
    public void Adding_a_batch_gives_the_same_sums_bit_for_bit_as_adding_feature_by_feature()
    {
        var random = new Random(7);
        const int outputs = 50;
        (FeatureWeights weights, ulong[] keys) = RandomWeights(5000, outputs, random);
        int nonZero = 0;
        for (int trial = 0; trial < 200; trial++)
        {
            // Known features (some repeated) mixed with features the table does not hold.
            var batch = new ulong[random.Next(0, FeatureWeights.MaxBatch + 1)];
            for (int f = 0; f < batch.Length; f++)
            {
                batch[f] = random.Next(4) == 0 ? FeatureHash.Feature(50, (ulong)random.Next()) : keys[random.Next(keys.Length)];
            }

            var one = new float[outputs];
            foreach (ulong feature in batch)
            {
                weights.AddTo(feature, one);
            }

            var all = new float[outputs];
            weights.AddTo(batch, all);
            Assert.Equal(one.Select(BitConverter.SingleToInt32Bits), all.Select(BitConverter.SingleToInt32Bits));
            nonZero += all.Count(s => s != 0);
        }

        // The batches did hit the table: the comparison was not between two empty score vectors.
        Assert.True(nonZero > 1000, $"only {nonZero} scores were touched");
    }
}
