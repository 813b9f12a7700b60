using Kronika.Polish.Names;

namespace Kronika.Polish.Tests.Names;

public class WordMemoryTableTests
{
    [Fact]
    public void Answers_as_a_dictionary_with_the_same_puts_would()
    {
        // Keys drawn from a small pool (so that most puts meet an existing key), among them 0 and small numbers;
        // a limit that is reached part way; and a clear in the middle, after which the table is reused.
        var random = new Random(31);
        var table = new WordMemoryTable();
        var expected = new Dictionary<ulong, byte>();
        ulong[] pool = [.. Enumerable.Range(0, 3000).Select(k => k % 7 == 0 ? (ulong)k : (ulong)random.NextInt64() ^ ((ulong)k << 40))];
        pool[0] = 0;
        const int limit = 1500;
        for (int step = 0; step < 40_000; step++)
        {
            if (step == 20_000)
            {
                table.Clear();
                expected.Clear();
            }

            ulong key = pool[random.Next(pool.Length)];
            if (random.Next(3) == 0)
            {
                Assert.Equal(expected.GetValueOrDefault(key), table.Get(key));
                continue;
            }

            byte value = (byte)random.Next(1, 8);
            bool replace = random.Next(2) == 0;
            if (expected.TryGetValue(key, out byte old))
            {
                expected[key] = replace ? value : old;
            }
            else if (expected.Count < limit)
            {
                expected[key] = value;
            }

            table.Put(key, value, replace, limit);
            Assert.Equal(expected.Count, table.Count);
        }

        Assert.Equal(limit, table.Count);
        Assert.All(pool, key => Assert.Equal(expected.GetValueOrDefault(key), table.Get(key)));
    }
}
