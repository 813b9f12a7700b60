namespace Kronika.Server.Tests;

public class BackgroundRefresherTests
{
    [Fact]
    public async Task RefreshesRunOneAtATimeOnTheirOwnThreadAndPassOnResultsAndErrors()
    {
        using var refresher = new BackgroundRefresher();
        int running = 0, most = 0;
        var threads = new HashSet<int>();
        Task<int>[] refreshes = [.. Enumerable.Range(1, 8).Select(i => refresher.Run(() =>
        {
            int now = Interlocked.Increment(ref running);
            most = Math.Max(most, now);
            lock (threads)
            {
                threads.Add(Environment.CurrentManagedThreadId);
            }

            Assert.False(Thread.CurrentThread.IsThreadPoolThread);
            Thread.Sleep(5);
            Interlocked.Decrement(ref running);
            return Task.FromResult(i * i);
        }))];

        int[] squares = await Task.WhenAll(refreshes);
        Assert.Equal(new[] { 1, 4, 9, 16, 25, 36, 49, 64 }, squares);
        Assert.Equal(1, most);
        Assert.Single(threads);

        Task<int> failing = refresher.Run<int>(() => throw new InvalidOperationException("query failed"));
        Assert.Equal("query failed", (await Assert.ThrowsAsync<InvalidOperationException>(() => failing)).Message);
        Assert.Equal(7, await refresher.Run(() => Task.FromResult(7)));
    }
}
