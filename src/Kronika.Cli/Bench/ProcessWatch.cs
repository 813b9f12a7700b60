namespace Kronika.Cli.Bench;

/// <summary>
/// What the bench's own process (the server and its clients) went through while a load ran: garbage
/// collections by generation and their pauses, and every 10 ms the thread pool's threads and the work items
/// waiting for one, so that a latency tail can be told apart between collections, a starved pool and plain CPU.
/// </summary>
internal sealed class ProcessWatch
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(10);

    private readonly int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
    private readonly TimeSpan pausedBefore = GC.GetTotalPauseDuration();
    private readonly CancellationTokenSource stop = new();
    private readonly Task<(int MaxThreads, long MaxQueued, double MeanQueued)> sampler;

    private ProcessWatch() => sampler = Task.Factory.StartNew(Sample, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    public static ProcessWatch Start() => new();

    public async Task<Figures> StopAsync()
    {
        await stop.CancelAsync().ConfigureAwait(false);
        (int maxThreads, long maxQueued, double meanQueued) = await sampler.ConfigureAwait(false);
        stop.Dispose();
        return new Figures(
            GC.CollectionCount(0) - collectionsBefore[0], GC.CollectionCount(1) - collectionsBefore[1], GC.CollectionCount(2) - collectionsBefore[2],
            GC.GetTotalPauseDuration() - pausedBefore, maxThreads, maxQueued, meanQueued);
    }

    private (int, long, double) Sample()
    {
        int maxThreads = 0;
        long maxQueued = 0, sum = 0, samples = 0;
        while (!stop.IsCancellationRequested)
        {
            long queued = ThreadPool.PendingWorkItemCount;
            maxThreads = Math.Max(maxThreads, ThreadPool.ThreadCount);
            maxQueued = Math.Max(maxQueued, queued);
            sum += queued;
            samples++;
            stop.Token.WaitHandle.WaitOne(Interval);
        }

        return (maxThreads, maxQueued, samples == 0 ? 0 : (double)sum / samples);
    }

    /// <summary>Collections of generations 0, 1 and 2 (a gen-2 one counts in all three), their pauses, and the pool's peak threads and queue.</summary>
    public sealed record Figures(int Gen0, int Gen1, int Gen2, TimeSpan Paused, int MaxPoolThreads, long MaxQueued, double MeanQueued)
    {
        public override string ToString() =>
            $"GC {Gen0}/{Gen1}/{Gen2} (gen 0/1/2) paused {Paused.TotalMilliseconds:F0} ms; thread pool up to {MaxPoolThreads} threads, " +
            $"up to {MaxQueued} work items waiting (mean {MeanQueued:F1}, sampled every {Interval.TotalMilliseconds:F0} ms)";
    }
}
