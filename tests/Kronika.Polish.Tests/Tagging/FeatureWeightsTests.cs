using Kronika.Polish.Tagging;

namespace Kronika.Polish.Tests.Tagging;

public class FeatureWeightsTests
{
    /// <summary>Random sparse rows over <paramref name="outputs"/> outputs, keyed by hashes as the models make them.</summary>
    internal static (FeatureWeights Weights, ulong[] Keys) RandomWeights(int rows, int outputs, Random random, int maxEntries = 5)
    {
        var list = new List<(ulong, WeightEntry[])>();
        var keys = new ulong[rows];
        for (int r = 0; r < rows; r++)
        {
            keys[r] = FeatureHash.Feature(r % 7, (ulong)r);
            // A trained row names each output at most once.
            WeightEntry[] entries = [.. Enumerable.Range(0, outputs).OrderBy(_ => random.Next()).Take(random.Next(0, maxEntries + 1))
                .Select(o => new WeightEntry((ushort)o, (float)(Half)(random.NextDouble() * 4 - 2)))];

            list.Add((keys[r], entries));
        }

        return (new FeatureWeights(list), keys);
    }

    [Theory]
    [InlineData(5, 50)]
    [InlineData(5, 0)]
    [InlineData(50, 50)]
    [InlineData(50, 0)]
    [InlineData(77, 3)]
    public void Adding_a_batch_gives_the_same_sums_bit_for_bit_as_adding_feature_by_feature(int maxEntries, int extraScores)
    {
        // Rows of up to 5 entries are all sparse; longer ones (the tagger's frequent features) also have dense
        // copies, which the batch adds whole when the scores are at least ScoreLength long (extraScores 3 or 50).
        var random = new Random(7);
        const int outputs = 50;
        (FeatureWeights weights, ulong[] keys) = RandomWeights(5000, outputs, random, maxEntries);
        int length = extraScores == 0 ? outputs : Math.Max(outputs, weights.ScoreLength) + extraScores;
        int nonZero = 0;
        for (int trial = 0; trial < 200; trial++)
        {
            // Known features (some repeated) mixed with features the table does not hold.
            var batch = new ulong[random.Next(0, FeatureWeights.MaxBatch + 1)];
            for (int f = 0; f < batch.Length; f++)
            {
                batch[f] = random.Next(4) == 0 ? FeatureHash.Feature(50, (ulong)random.Next()) : keys[random.Next(keys.Length)];
            }

            var one = new float[length];
            foreach (ulong feature in batch)
            {
                weights.AddTo(feature, one);
            }

            var all = new float[length];
            weights.AddTo(batch, all);
            Assert.Equal(one.Select(BitConverter.SingleToInt32Bits), all.Select(BitConverter.SingleToInt32Bits));
            nonZero += all.Count(s => s != 0);
        }

        // The batches did hit the table: the comparison was not between two empty score vectors.
        Assert.True(nonZero > 1000, $"only {nonZero} scores were touched");
    }
}
