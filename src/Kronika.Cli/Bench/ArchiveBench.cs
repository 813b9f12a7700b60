using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Kronika.Cli.Commands;
using Kronika.Core.Pipeline;
using Kronika.Ingest;
using Kronika.Ingest.Fetching;
using Kronika.Ingest.Sources;
using Kronika.Polish;
using Kronika.Store;
using Kronika.Store.Sqlite;

namespace Kronika.Cli.Bench;

/// <summary>
/// <c>kronika bench ingest</c> (the ingest rate), <c>bench replay</c> (grows an archive to a given size by
/// replaying a corpus, measuring the rate as it grows) and <c>bench archive</c> (the latency of the main
/// read queries of an archive).
/// </summary>
internal static class ArchiveBench
{
    public static Command Ingest()
    {
        Option<string[]> corpus = Corpus("Files or folders to ingest: plain text, HTML, JSON Lines or feeds, as `kronika ingest` reads them.");
        var db = new Option<string?>("--db") { Description = "The archive to ingest into (default: a new one in a temporary folder, deleted afterwards)." };
        Option<int> jobs = Jobs();
        var command = new Command("ingest", "Ingest a corpus as `kronika ingest` does, model loading excluded: documents/s, MB/s, p50/p99 per write, file size, peak memory.")
        {
            corpus, db, jobs,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            IReadOnlyList<IngestInput> inputs = ArticleSources.Expand(parse.GetValue(corpus)!);
            long bytes = inputs.OfType<IngestInput.File>().Sum(f => new FileInfo(f.Path).Length);
            string? temporary = parse.GetValue(db) is null ? Directory.CreateTempSubdirectory("kronika-bench-").FullName : null;
            string path = parse.GetValue(db) ?? Path.Combine(temporary!, "bench.db");
            try
            {
                BenchReport.PrintMachine();
                Pipeline pipeline = PolishLanguage.Load().CreateExtractionPipeline();
                (IngestSummary summary, List<double> writes) = IngestInto(path, pipeline, inputs, JobsOf(parse, jobs));
                Console.WriteLine($"corpus: {summary.Documents} documents, {bytes / 1e6:F2} MB; {summary.Added} added, {summary.Unchanged} unchanged, {summary.Replaced} replaced, {summary.Failed} failed");
                BenchReport.Print("ingest", new BenchFigures(summary.Elapsed, summary.Documents, writes, bytes, TimedUnit: "write of up to 32 documents", Errors: summary.Failed));
                Console.WriteLine($"archive: {BenchReport.Megabytes(ArchiveSize(path))}");
                BenchReport.PrintPeakMemory();
                return summary.Failed == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
            }
            finally
            {
                if (temporary is not null)
                {
                    Directory.Delete(temporary, recursive: true);
                }
            }
        }));
        return command;
    }

    public static Command Replay()
    {
        Option<string[]> corpus = Corpus("Plain-text articles to replay (first line the title), e.g. ../shared/data/slavicner-pl/*/raw samples/*.txt.");
        Option<string> db = Db("The archive to grow (created when missing); replaying goes on from the number of documents it holds.");
        var documents = new Option<int>("--documents") { Description = "Grow the archive to this many documents.", DefaultValueFactory = _ => 1000 };
        var slice = new Option<int>("--slice") { Description = "Documents ingested per measured step.", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "Seed of the dates, outlets and URLs of the copies.", DefaultValueFactory = _ => 1 };
        var keep = new Option<string?>("--keep") { Description = "A folder to copy the archive into at 1k, 10k, 100k… documents (replay-1000.db, …)." };
        Option<int> jobs = Jobs();
        var command = new Command("replay", "Grow an archive by ingesting copies of a corpus with varied dates, outlets and URLs; report the ingest rate, write time and file size at each power of ten.")
        {
            corpus, db, documents, slice, seed, keep, jobs,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            int target = parse.GetValue(documents);
            int step = parse.GetValue(slice);
            if (target < 1 || step < 1)
            {
                throw new UsageException("--documents and --slice must be at least 1");
            }

            var replay = new ReplayCorpus(BenchCommand.LoadCorpus(parse.GetValue(corpus)!), parse.GetValue(seed));
            string path = parse.GetValue(db)!;
            string? keepIn = parse.GetValue(keep);
            int threads = JobsOf(parse, jobs);
            BenchReport.PrintMachine();
            Pipeline pipeline = PolishLanguage.Load().CreateExtractionPipeline();
            int start;
            using (SqliteArchiveStore store = SqliteArchiveStore.Open(path))
            {
                start = store.Stats().Documents;
            }

            string work = Directory.CreateTempSubdirectory("kronika-replay-").FullName;
            try
            {
                var clock = Stopwatch.StartNew();
                int failed = 0;
                for (int from = start; from < target; from += step)
                {
                    int to = Math.Min(target, from + step);
                    string slicePath = Path.Combine(work, "slice.jsonl");
                    replay.Write(slicePath, from, to);
                    long bytes = new FileInfo(slicePath).Length;
                    (IngestSummary summary, List<double> writes) = IngestInto(path, pipeline, [new IngestInput.File(slicePath)], threads);
                    failed += summary.Failed;
                    Console.Error.WriteLine($"kronika: {to} documents, {summary.DocumentsPerSecond:F0} documents/s on the last {to - from}");
                    if (IsMilestone(to) || to == target)
                    {
                        BenchReport.Print($"{to,7:N0}", new BenchFigures(summary.Elapsed, summary.Documents, writes, bytes, TimedUnit: "write of up to 32 documents", Errors: summary.Failed));
                        Console.WriteLine($"         archive {to:N0} documents, {BenchReport.Megabytes(ArchiveSize(path))}; {(to - start) / clock.Elapsed.TotalSeconds:F0} documents/s since the start; load average {BenchReport.LoadAverage()}");
                        if (keepIn is not null)
                        {
                            Directory.CreateDirectory(keepIn);
                            File.Copy(path, Path.Combine(keepIn, $"replay-{to.ToString(CultureInfo.InvariantCulture)}.db"), overwrite: true);
                        }
                    }
                }

                BenchReport.PrintPeakMemory();
                return failed == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
        }));
        return command;
    }

    public static Command Queries()
    {
        Option<string> db = Db("The archive to query.");
        var runs = new Option<int>("--runs") { Description = "Times each query is run after one warm-up run.", DefaultValueFactory = _ => 20 };
        var command = new Command("archive", "Time the main read queries of an archive, as the API runs them without its cache: p50/p99 per query.")
        {
            db, runs,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            int times = Math.Max(1, parse.GetValue(runs));
            using SqliteArchiveStore store = SqliteArchiveStore.Open(parse.GetValue(db)!, create: false);
            BenchReport.PrintMachine();
            ArchiveStats stats = store.Stats();
            Console.WriteLine($"archive: {stats.Documents:N0} documents, {stats.Entities:N0} entities, {stats.Events:N0} events, {stats.Quotes:N0} quotations, {stats.Claims:N0} claims; {BenchReport.Megabytes(ArchiveSize(store.Path))}");
            foreach (ReadRoute route in ReadRoute.Pick(store))
            {
                route.Query(store);
                var milliseconds = new List<double>(times);
                var clock = Stopwatch.StartNew();
                TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
                for (int i = 0; i < times; i++)
                {
                    long begin = Stopwatch.GetTimestamp();
                    route.Query(store);
                    milliseconds.Add(Stopwatch.GetElapsedTime(begin).TotalMilliseconds);
                }

                Console.WriteLine(route.Path);
                BenchReport.Print(route.Name, new BenchFigures(clock.Elapsed, times, milliseconds, Unit: "queries", TimedUnit: "query", Cpu: Process.GetCurrentProcess().TotalProcessorTime - cpu));
            }

            BenchReport.PrintPeakMemory();
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Ingests <paramref name="inputs"/> into the archive at <paramref name="path"/>; the time of each write comes back with the summary.</summary>
    internal static (IngestSummary Summary, List<double> Writes) IngestInto(string path, Pipeline pipeline, IReadOnlyList<IngestInput> inputs, int jobs, CancellationToken cancel = default)
    {
        using var store = new TimedStore(SqliteArchiveStore.Open(path));
        using var fetcher = new WebFetcher(new FetchOptions());
        var runner = new IngestRunner(pipeline, store, new ArticleSources(new SourceOptions { FetchLinks = false }, fetcher), new IngestOptions(jobs));
        IngestSummary summary = runner.Run(inputs, new FailuresOnly(), cancel);
        return (summary, store.TakeWrites());
    }

    /// <summary>1 000, 10 000, 100 000…</summary>
    private static bool IsMilestone(int count)
    {
        for (int power = 1000; power > 0 && power <= count; power = power <= int.MaxValue / 10 ? power * 10 : -1)
        {
            if (count == power)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The file with its write-ahead log, which holds what is not yet checkpointed.</summary>
    internal static long ArchiveSize(string path) =>
        new[] { path, path + "-wal" }.Where(File.Exists).Sum(p => new FileInfo(p).Length);

    internal static Option<string[]> Corpus(string description) => new("--corpus")
    {
        Description = description,
        Required = true,
        AllowMultipleArgumentsPerToken = true,
    };

    internal static Option<string> Db(string description) => new("--db") { Description = description, Required = true };

    internal static Option<int> Jobs() => new("--jobs")
    {
        Description = "Extraction threads (default: one per core).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    internal static int JobsOf(ParseResult parse, Option<int> jobs) =>
        parse.GetValue(jobs) is >= 1 and var n ? n : throw new UsageException("--jobs must be at least 1");

    /// <summary>Progress for a measurement: nothing on the screen but failures.</summary>
    private sealed class FailuresOnly : IIngestProgress
    {
        public void Expect(int total)
        {
        }

        public void Done()
        {
        }

        public void Failed(string source, string reason) => Console.Error.WriteLine($"kronika: {source}: {reason}");
    }
}
