namespace Kronika.Polish.Tests;

public class BoundedCacheTests
{
    [Fact]
    public void Keeps_entries_up_to_its_capacity_and_no_more()
    {
        var cache = new BoundedCache<string, int>(2, StringComparer.Ordinal);
        cache.TryAdd("a", 1);
        cache.TryAdd("a", 5); // already there: neither replaced nor counted twice
        cache.TryAdd("b", 2);
        cache.TryAdd("c", 3);

        Assert.True(cache.TryGetValue("a", out int a) && a == 1);
        Assert.True(cache.TryGetValue("b", out int b) && b == 2);
        Assert.False(cache.TryGetValue("c", out _));
    }
}
