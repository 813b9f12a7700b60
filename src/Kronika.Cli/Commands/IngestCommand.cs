using System.CommandLine;
using System.Diagnostics;
using Kronika.Cli.Output;
using Kronika.Core.Pipeline;
using Kronika.Ingest;
using Kronika.Ingest.Fetching;
using Kronika.Ingest.Sources;
using Kronika.Polish;
using Kronika.Store;
using Kronika.Store.Sqlite;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika ingest PATH…|URL…</c>: read articles, extract them on all cores and store them in the archive.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("PATH|URL")
        {
            Description = "Files, folders (read recursively), - for standard input, or http(s) URLs of pages and feeds. Plain text, HTML, JSON Lines and RSS/Atom are told apart by content.",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = new Option<string>("--db")
        {
            Description = "The archive's SQLite file; created when missing.",
            DefaultValueFactory = _ => ArchiveOptions.DefaultDb,
        };
        Option<string?> date = InputOptions.Date();
        Option<string?> encoding = InputOptions.Encoding();
        Option<int> maxSize = InputOptions.MaxSize();
        var allowPrivate = new Option<bool>("--allow-private-network")
        {
            Description = "Let URLs reach loopback, private and link-local addresses (refused by default).",
        };
        var noFetch = new Option<bool>("--no-fetch")
        {
            Description = "Never fetch a feed item's link: items without content are stored as their title and description.",
        };
        var jobs = new Option<int>("--jobs")
        {
            Description = "Extraction threads (default: one per core). The archive is written by one more.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var priority = new Option<string>("--priority")
        {
            Description = "CPU priority: low (default; as under `nice -n 10`, so that a server reading the archive on the same cores answers first) or normal.",
            DefaultValueFactory = _ => "low",
        };
        priority.AcceptOnlyFromAmong("low", "normal");
        var command = new Command("ingest", "Add articles to the archive: each is read, extracted and stored with its facts; articles already stored are skipped.")
        {
            inputs, db, date, encoding, maxSize, allowPrivate, noFetch, jobs, priority,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var clock = Stopwatch.StartNew();
            int threads = parse.GetValue(jobs);
            if (threads < 1)
            {
                throw new UsageException("--jobs must be at least 1");
            }

            // Before any worker thread exists, so that every thread of the run inherits the lower priority.
            if (parse.GetValue(priority) == "low" && !BackgroundPriority.LowerCurrentProcess())
            {
                Console.Error.WriteLine("kronika: warning: could not lower the ingest's CPU priority; it runs at normal priority");
            }

            var sourceOptions = new SourceOptions
            {
                Encoding = parse.GetValue(encoding),
                MaxBytes = InputOptions.Bytes(parse.GetValue(maxSize)),
                FetchLinks = !parse.GetValue(noFetch),
                Fetch = new FetchOptions { AllowPrivateNetwork = parse.GetValue(allowPrivate) },
            };
            var options = new IngestOptions(threads, InputOptions.ParseDate(parse.GetValue(date)));
            IReadOnlyList<IngestInput> found = ArticleSources.Expand(parse.GetValue(inputs)!);
            Pipeline pipeline = PolishLanguage.Load().CreateExtractionPipeline();
            using IArchiveStore store = SqliteArchiveStore.Open(parse.GetValue(db)!);
            using var fetcher = new WebFetcher(sourceOptions.Fetch);
            var runner = new IngestRunner(pipeline, store, new ArticleSources(sourceOptions, fetcher), options);
            IngestSummary summary = new IngestProgressDisplay().Show(progress => runner.Run(found, progress));
            double rate = summary.Documents / Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
            Console.Error.WriteLine($"kronika: ingested {summary.Documents} documents in {clock.Elapsed.TotalSeconds:F1} s ({rate:F0} documents/s, model loading included): "
                + $"{summary.Added} added, {summary.Unchanged} unchanged, {summary.Replaced} replaced, {summary.Failed} failed");
            return summary.Failed == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
        }));
        return command;
    }
}
