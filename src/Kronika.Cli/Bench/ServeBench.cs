using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Kronika.Cli.Commands;
using Kronika.Polish;
using Kronika.Server;
using Kronika.Store.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Kronika.Cli.Bench;

/// <summary>
/// <c>kronika bench serve</c>: a bounded load test. The archive is served on 127.0.0.1 as <c>kronika serve</c>
/// serves it; a number of clients each send the main read requests one after another for a fixed time,
/// every request counted and timed; then throughput, p50/p99 per route and errors are printed. With
/// <c>--with-ingest</c> a <c>kronika ingest</c> process stores replayed articles into the same archive
/// throughout, as a user's ingest beside a running server would.
/// </summary>
internal static class ServeBench
{
    public static Command Create()
    {
        Option<string> db = ArchiveBench.Db("The archive to serve.");
        var clients = new Option<int>("--clients") { Description = "Clients sending requests at once, each waiting for its answer before the next.", DefaultValueFactory = _ => 50 };
        var seconds = new Option<int>("--seconds") { Description = "How long the load lasts; the test then stops by itself.", DefaultValueFactory = _ => 20 };
        var withIngest = new Option<bool>("--with-ingest") { Description = "Run `kronika ingest` of replayed --corpus articles into the same archive meanwhile." };
        var corpus = new Option<string[]>("--corpus")
        {
            Description = "Plain-text articles to replay for --with-ingest (as for bench replay).",
            AllowMultipleArgumentsPerToken = true,
        };
        var ingestPriority = new Option<string>("--ingest-priority")
        {
            Description = "The ingest's --priority: low (its default, nice 10) or normal.",
            DefaultValueFactory = _ => "low",
        };
        ingestPriority.AcceptOnlyFromAmong("normal", "low");
        var command = new Command("serve", "Load-test the read API on 127.0.0.1: N clients for S seconds, optionally while an ingest writes into the same archive; throughput, p50/p99 per route, errors.")
        {
            db, clients, seconds, withIngest, corpus, ingestPriority,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            int clientCount = parse.GetValue(clients);
            int duration = parse.GetValue(seconds);
            if (clientCount < 1 || duration < 1)
            {
                throw new UsageException("--clients and --seconds must be at least 1");
            }

            string path = parse.GetValue(db)!;
            string[] replayFrom = parse.GetValue(corpus) ?? [];
            if (parse.GetValue(withIngest) && replayFrom.Length == 0)
            {
                throw new UsageException("--with-ingest needs --corpus: the articles to replay into the archive");
            }

            return Run(path, clientCount, TimeSpan.FromSeconds(duration), parse.GetValue(withIngest) ? replayFrom : null, parse.GetValue(ingestPriority) == "low")
                .GetAwaiter().GetResult();
        }));
        return command;
    }

    private static async Task<int> Run(string path, int clientCount, TimeSpan duration, string[]? ingestCorpus, bool lowPriority)
    {
        var options = new ServerOptions { Urls = ["http://127.0.0.1:0"], LogLevel = LogLevel.Warning };
        using SqliteArchiveStore store = SqliteArchiveStore.Open(path, create: false, readTimeLimit: options.RequestTimeout);
        BenchReport.PrintMachine();
        int before = store.Stats().Documents;
        Console.WriteLine($"archive: {before:N0} documents, {BenchReport.Megabytes(ArchiveBench.ArchiveSize(path))}");
        IReadOnlyList<ReadRoute> routes = ReadRoute.Pick(store);
        var extractor = new PipelineArticleExtractor(PolishLanguage.Load().CreateExtractionPipeline());
        await using WebApplication app = ArchiveServer.Create(options, store, extractor);
        await app.StartAsync().ConfigureAwait(false);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clientCount, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = new Uri(app.Urls.First()),
            Timeout = TimeSpan.FromSeconds(30),
        };

        // Each route once, untimed: the first answers fill the cache as the running server's would be.
        foreach (ReadRoute route in routes)
        {
            using HttpResponseMessage warm = await http.GetAsync(new Uri(route.Path, UriKind.Relative)).ConfigureAwait(false);
        }

        string? work = null;
        Process? ingest = null;
        try
        {
            if (ingestCorpus is not null)
            {
                work = Directory.CreateTempSubdirectory("kronika-serve-bench-").FullName;
                ingest = await StartIngest(store, path, work, ingestCorpus, before, lowPriority).ConfigureAwait(false);
            }

            int atStart = store.Stats().Documents;
            var process = ProcessWatch.Start();
            LoadResult load = await Load(http, routes, clientCount, duration).ConfigureAwait(false);
            ProcessWatch.Figures watched = await process.StopAsync().ConfigureAwait(false);
            int added = store.Stats().Documents - atStart;

            Console.WriteLine($"load: {clientCount} clients for {duration.TotalSeconds:F0} s{(ingest is null ? "" : $" while `kronika ingest` ran ({(lowPriority ? "low" : "normal")} priority): {added} documents added, {added / load.Elapsed.TotalSeconds:F1} documents/s")}");
            foreach (ReadRoute route in routes)
            {
                List<double> times = load.Milliseconds[route.Name];
                BenchReport.Print(route.Name, new BenchFigures(load.Elapsed, times.Count, times, Unit: "requests", TimedUnit: "request", Errors: load.Errors[route.Name]));
            }

            List<double> all = [.. load.Milliseconds.Values.SelectMany(t => t)];
            int errors = load.Errors.Values.Sum();
            BenchReport.Print("all", new BenchFigures(load.Elapsed, all.Count, all, Unit: "requests", TimedUnit: "request", Errors: errors));
            Console.WriteLine($"server process during the load: {watched}");
            BenchReport.PrintLoad();
            BenchReport.PrintPeakMemory();
            if (errors > 0)
            {
                foreach (string error in load.ErrorKinds.Distinct().Take(5))
                {
                    Console.Error.WriteLine($"kronika: error: {error}");
                }
            }

            return errors == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
        }
        finally
        {
            if (ingest is not null)
            {
                // Ingest is safe to kill at any moment: it stores whole batches or nothing.
                ingest.Kill(entireProcessTree: true);
                await ingest.WaitForExitAsync().ConfigureAwait(false);
                ingest.Dispose();
            }

            await app.StopAsync().ConfigureAwait(false);
            if (work is not null)
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private sealed record LoadResult(TimeSpan Elapsed, Dictionary<string, List<double>> Milliseconds, Dictionary<string, int> Errors, ConcurrentBag<string> ErrorKinds);

    /// <summary>Every client sends the routes in turn, from its own starting point, until the time is up.</summary>
    private static async Task<LoadResult> Load(HttpClient http, IReadOnlyList<ReadRoute> routes, int clientCount, TimeSpan duration)
    {
        var perClient = new List<(string Route, double Ms, bool Error)>[clientCount];
        var kinds = new ConcurrentBag<string>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clientCount).Select(client => Task.Run(async () =>
        {
            var mine = new List<(string, double, bool)>();
            perClient[client] = mine;
            // The clients share the server's process, so they must not add to its garbage: a client that
            // buffered each answer in an array of its own would allocate 100-260 KB (large-object heap) per
            // request of two routes and set off a full collection every second or so, pausing the server too.
            byte[] body = new byte[64 * 1024];
            for (int next = client; clock.Elapsed < duration; next++)
            {
                ReadRoute route = routes[next % routes.Count];
                long start = Stopwatch.GetTimestamp();
                bool error;
                try
                {
                    using HttpResponseMessage response = await http.GetAsync(new Uri(route.Path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
                    // Timed until the whole answer has arrived, as before, but read into the client's own buffer.
                    await using (Stream answer = await response.Content.ReadAsStreamAsync().ConfigureAwait(false))
                    {
                        int read;
                        do
                        {
                            read = await answer.ReadAsync(body).ConfigureAwait(false);
                        }
                        while (read > 0);
                    }

                    error = !response.IsSuccessStatusCode;
                    if (error)
                    {
                        kinds.Add($"{route.Path}: HTTP {(int)response.StatusCode}");
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    error = true;
                    kinds.Add($"{route.Path}: {e.GetType().Name}: {e.Message}");
                }

                mine.Add((route.Name, Stopwatch.GetElapsedTime(start).TotalMilliseconds, error));
            }
        }))).ConfigureAwait(false);
        TimeSpan elapsed = clock.Elapsed;
        var milliseconds = routes.ToDictionary(r => r.Name, _ => new List<double>());
        var errors = routes.ToDictionary(r => r.Name, _ => 0);
        foreach ((string route, double ms, bool error) in perClient.SelectMany(c => c))
        {
            milliseconds[route].Add(ms);
            errors[route] += error ? 1 : 0;
        }

        return new LoadResult(elapsed, milliseconds, errors, kinds);
    }

    /// <summary>
    /// Writes replayed copies (numbered after the archive's documents) to a JSON Lines file and starts
    /// <c>kronika ingest</c> on it; returns once the ingest has stored its first batch, so that the load runs
    /// against an ingest already extracting and writing.
    /// </summary>
    private static async Task<Process> StartIngest(SqliteArchiveStore store, string path, string work, string[] corpus, int from, bool lowPriority)
    {
        string articles = Path.Combine(work, "ingest.jsonl");
        new ReplayCorpus(BenchCommand.LoadCorpus(corpus), seed: 2).Write(articles, from, from + 20_000);
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The native command (Native AOT) starts itself; the managed one runs its kronika.dll through the dotnet host.
        if (!string.Equals(Path.GetFileNameWithoutExtension(Environment.ProcessPath), "kronika", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kronika.dll"));
        }

        // `kronika ingest` lowers its own priority unless told otherwise.
        foreach (string argument in new[] { "ingest", articles, "--db", path, "--priority", lowPriority ? "low" : "normal" })
        {
            start.ArgumentList.Add(argument);
        }

        Process ingest = Process.Start(start) ?? throw new InvalidOperationException("could not start kronika ingest");
        ingest.OutputDataReceived += (_, _) => { };
        ingest.ErrorDataReceived += (_, _) => { };
        ingest.BeginOutputReadLine();
        ingest.BeginErrorReadLine();
        int documents = store.Stats().Documents;
        var waited = Stopwatch.StartNew();
        while (store.Stats().Documents == documents && !ingest.HasExited && waited.Elapsed < TimeSpan.FromSeconds(120))
        {
            await Task.Delay(200).ConfigureAwait(false);
        }

        if (ingest.HasExited)
        {
            throw new InvalidOperationException($"kronika ingest ended early with exit code {ingest.ExitCode.ToString(CultureInfo.InvariantCulture)}");
        }

        return ingest;
    }
}
