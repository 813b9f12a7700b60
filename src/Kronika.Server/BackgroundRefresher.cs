using System.Collections.Concurrent;

namespace Kronika.Server;

/// <summary>
/// Runs the recomputations of stale answers one at a time on a thread of its own: a client is already being
/// answered from the cache while its answer is refreshed, so the refresh should not hold the thread pool's
/// threads that serve the requests. Before this, every commit of an ingest beside the server started one
/// refresh per cached answer at once on the pool, each a blocking archive query of up to some 60 ms of CPU on
/// a 100k archive. (Its priority is not lowered: on Linux a thread the pool starts takes the niceness of the
/// thread that asked for it, so a nice refresh thread would make nice request threads.)
/// </summary>
internal sealed class BackgroundRefresher : IDisposable
{
    private readonly BlockingCollection<Action> work = new();

    public BackgroundRefresher()
    {
        var thread = new Thread(Work) { IsBackground = true, Name = "Kronika answer refresh" };
        thread.Start();
    }

    /// <summary>Queues <paramref name="compute"/>; the task ends with its result once the refresh thread has run it.</summary>
    public Task<T> Run<T>(Func<Task<T>> compute)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Compute()
        {
            try
            {
                // The handlers read the archive synchronously, so this runs here to the end; anything that
                // awaits for real goes on where its continuation is scheduled.
                done.SetResult(compute().GetAwaiter().GetResult());
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        }

        if (!work.TryAdd(Compute))
        {
            done.SetException(new ObjectDisposedException(nameof(BackgroundRefresher)));
        }

        return done.Task;
    }

    public void Dispose() => work.CompleteAdding();

    private void Work()
    {
        foreach (Action compute in work.GetConsumingEnumerable())
        {
            compute();
        }
    }
}
