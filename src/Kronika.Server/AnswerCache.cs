using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Kronika.Store;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kronika.Server;

/// <summary>
/// The read routes' answers, kept as JSON bytes by path and query string together with the archive's
/// <see cref="IArchiveStore.ChangeVersion"/> they were computed at. While the archive is unchanged an answer
/// is served as it is. After a write it is <em>stale</em>: it is still served, for at most
/// <see cref="ServerOptions.MaxStaleness"/>, while one request's worth of work recomputes it in the
/// background (stale-while-revalidate). So a write, or an ingest committing every second, never makes
/// every waiting client recompute every answer at once; a client sees the archive at most that much late.
/// Past the bound, or for an answer not yet cached, the request computes it, and concurrent requests for
/// the same answer wait for that one computation. Only successful answers are kept (errors are cheap and
/// should not linger); at most <see cref="ServerOptions.CachedAnswers"/>, the least recently used dropped.
/// </summary>
internal sealed class AnswerCache(IArchiveStore archive, IServiceProvider services, ServerOptions options) : IDisposable
{
    private static readonly TimeSpan VersionCheckInterval = TimeSpan.FromMilliseconds(100);

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly BackgroundRefresher refresher = new();
    private readonly Lock versionLock = new();
    private long version = long.MinValue;
    private long versionCheckedAt = long.MinValue;
    private long freshFrom = long.MinValue;

    /// <summary>
    /// After a write through this server: answers begun before now are not served stale any more, so a
    /// client reads what it has just written.
    /// </summary>
    public void RequireFresh()
    {
        Interlocked.Exchange(ref freshFrom, Stopwatch.GetTimestamp());
        lock (versionLock)
        {
            versionCheckedAt = long.MinValue;
        }
    }

    public async ValueTask<object?> Answer(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        HttpRequest request = context.HttpContext.Request;
        string key = request.Path.Value + request.QueryString.Value;
        long current = CurrentVersion();
        Entry? entry = entries.GetValueOrDefault(key);
        if (entry is null)
        {
            entry = entries.GetOrAdd(key, _ => new Entry());
            Trim();
        }

        entry.LastUsed = Stopwatch.GetTimestamp();
        CachedAnswer? answer = entry.Current;
        if (answer is not null && answer.Version == current)
        {
            return Json(answer);
        }

        // A zero bound means never stale: two clock readings in a row can be equal, so "elapsed <= 0" may hold.
        if (answer is not null && options.MaxStaleness > TimeSpan.Zero && answer.Started >= Interlocked.Read(ref freshFrom)
            && Stopwatch.GetElapsedTime(answer.OutdatedSince(current)) <= options.MaxStaleness)
        {
            // Stale but recent enough: answer now, and let one refresh run for everyone, in the background.
            _ = entry.Refresh(() => Compute(context.Arguments, next, current), refresher.Run);
            return Json(answer);
        }

        // A client waits for this one: computed on the thread pool at the usual priority (or, if a background
        // refresh of it is already under way, that one).
        Computed fresh = await entry.Refresh(() => Compute(context.Arguments, next, current), Task.Run).ConfigureAwait(false);
        return fresh.Answer is { } answered ? Json(answered) : fresh.Uncached;
    }

    public void Dispose() => refresher.Dispose();

    /// <summary>The archive's version, asked at most every <see cref="VersionCheckInterval"/>: one cheap PRAGMA, not one per request.</summary>
    private long CurrentVersion()
    {
        lock (versionLock)
        {
            long now = Stopwatch.GetTimestamp();
            if (versionCheckedAt == long.MinValue || Stopwatch.GetElapsedTime(versionCheckedAt, now) >= VersionCheckInterval)
            {
                version = archive.ChangeVersion();
                versionCheckedAt = now;
            }

            return version;
        }
    }

    /// <summary>
    /// Runs the route's handler again on the same bound arguments, outside the request that asked (which may
    /// be over by the time it ends): the handlers read only their arguments, never the request.
    /// </summary>
    private async Task<Computed> Compute(IList<object?> arguments, EndpointFilterDelegate next, long atVersion)
    {
        long started = Stopwatch.GetTimestamp();
        var detached = new DefaultHttpContext { RequestServices = services };
        object? result = await next(new DefaultEndpointFilterInvocationContext(detached, [.. arguments])).ConfigureAwait(false);
        if (result is not IValueHttpResult { Value: { } value } || result is not IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK })
        {
            // An error (a bad filter, an unknown id) is answered as the handler gave it, not computed again.
            return new Computed(null, result);
        }

        JsonSerializerOptions json = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        return new Computed(new CachedAnswer(JsonSerializer.SerializeToUtf8Bytes(value, json.GetTypeInfo(value.GetType())), atVersion, started), null);
    }

    /// <summary>What one run of a route's handler gave: a successful answer to keep, or any other result to pass on once.</summary>
    private readonly record struct Computed(CachedAnswer? Answer, object? Uncached);

    private static IResult Json(CachedAnswer answer) => TypedResults.Bytes(answer.Json, "application/json; charset=utf-8");

    /// <summary>Drops the least recently used answers when there are too many.</summary>
    private void Trim()
    {
        int excess = entries.Count - options.CachedAnswers;
        if (excess <= 0)
        {
            return;
        }

        foreach (KeyValuePair<string, Entry> old in entries.OrderBy(e => e.Value.LastUsed).Take(excess + (options.CachedAnswers / 10)))
        {
            entries.TryRemove(old);
        }
    }

    /// <summary>An answer, the archive version it was computed at and when its computation began.</summary>
    private sealed class CachedAnswer(byte[] json, long version, long started)
    {
        private long outdatedSince;

        public byte[] Json { get; } = json;

        public long Version { get; } = version;

        public long Started { get; } = started;

        /// <summary>When this answer was first seen to be behind the archive (now, the first time it is asked).</summary>
        public long OutdatedSince(long current)
        {
            if (current == Version)
            {
                return Stopwatch.GetTimestamp();
            }

            long now = Stopwatch.GetTimestamp();
            long seen = Interlocked.CompareExchange(ref outdatedSince, now, 0);
            return seen == 0 ? now : seen;
        }
    }

    /// <summary>One cached route answer and the one computation of its next value, if running.</summary>
    private sealed class Entry
    {
        private readonly Lock gate = new();
        private Task<Computed>? running;

        public CachedAnswer? Current { get; private set; }

        public long LastUsed { get; set; }

        /// <summary>The running computation, or a new one started by <paramref name="start"/>: never two at once for one answer.</summary>
        public Task<Computed> Refresh(Func<Task<Computed>> compute, Func<Func<Task<Computed>>, Task<Computed>> start)
        {
            lock (gate)
            {
                if (running is { IsCompleted: false })
                {
                    return running;
                }

                running = start(async () =>
                {
                    Computed computed = await compute().ConfigureAwait(false);
                    if (computed.Answer is { } answer && (Current is null || answer.Version >= Current.Version))
                    {
                        Current = answer;
                    }

                    return computed;
                });
                return running;
            }
        }
    }
}
