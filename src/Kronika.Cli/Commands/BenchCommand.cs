using System.CommandLine;
using System.Diagnostics;
using System.Runtime;
using System.Text;
using Kronika.Cli.Bench;
using Kronika.Core;
using Kronika.Core.Pipeline;
using Kronika.Core.Text;
using Kronika.Polish;

namespace Kronika.Cli.Commands;

/// <summary>
/// <c>kronika bench analyze|extract --corpus DIR</c>: throughput of a pipeline, on one core and on all;
/// <c>bench ingest|replay|archive|serve</c> measure the archive (<see cref="ArchiveBench"/>, <see cref="ServeBench"/>).
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Measure speed and memory on a folder of articles.");
        command.Add(Stage("analyze", "Tokenize, look up and tag every article", p => p.CreateAnalysisPipeline()));
        command.Add(Stage("extract", "Run the whole extraction (analysis, then every extraction stage built so far) on every article", p => p.CreateExtractionPipeline()));
        command.Add(ArchiveBench.Ingest());
        command.Add(ArchiveBench.Replay());
        command.Add(ArchiveBench.Queries());
        command.Add(ServeBench.Create());
        return command;
    }

    private static Command Stage(string name, string what, Func<PolishLanguage, Pipeline> createPipeline)
    {
        var corpus = new Option<string[]>("--corpus")
        {
            Description = "Folders (searched recursively) or files of plain-text articles.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var until = new Option<string?>("--until")
        {
            Description = "Stop after the component of this name (e.g. polish-entity-resolver): bench the pipeline up to that stage.",
        };
        var command = new Command(name, what + ": MB/s, documents/s, words/s, p50/p99 per document, peak memory, on one core and on all.")
        {
            corpus,
            until,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            List<string> texts = LoadCorpus(parse.GetValue(corpus)!);
            if (texts.Count == 0)
            {
                return CommandRunner.Fail("the corpus holds no files", ExitCodes.NoInput);
            }

            var clock = Stopwatch.StartNew();
            PolishLanguage polish = PolishLanguage.Load();
            TimeSpan ready = clock.Elapsed;
            Pipeline pipeline = UpTo(createPipeline(polish), parse.GetValue(until));
            long bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));

            BenchReport.PrintMachine();
            Console.WriteLine($"corpus: {texts.Count} documents, {bytes / 1e6:F2} MB");
            Console.WriteLine($"ready in {ready.TotalMilliseconds:F0} ms (dictionary {polish.Times.Dictionary.TotalMilliseconds:F0} ms, guesser {polish.Times.Guesser.TotalMilliseconds:F0} ms, tagger model {polish.Times.Tagger.TotalMilliseconds:F0} ms, name model {polish.Times.Names.TotalMilliseconds:F0} ms)");

            // Warm-up passes let the tiered JIT replace its quick first code with optimised code and fill
            // the caches, as in a long-running process; a pause lets the background compiler finish.
            Run(pipeline, texts, 1);
            Run(pipeline, texts, 1);
            Thread.Sleep(500);
            // Each figure is the median of three passes: a shared machine's noise moves single passes by 10–15 %.
            Report("1 core", Median([Run(pipeline, texts, 1), Run(pipeline, texts, 1), Run(pipeline, texts, 1)]), bytes);
            ReportStages(pipeline, texts, bytes);
            int cores = Environment.ProcessorCount;
            Report($"{cores} cores", Median([Run(pipeline, texts, cores), Run(pipeline, texts, cores), Run(pipeline, texts, cores)]), bytes);
            BenchReport.PrintPeakMemory();
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The pipeline's components up to and including the one named <paramref name="last"/>; all of them when null.</summary>
    private static Pipeline UpTo(Pipeline pipeline, string? last)
    {
        if (last is null)
        {
            return pipeline;
        }

        int index = pipeline.Components.Select(c => c.Name).ToList().IndexOf(last);
        if (index < 0)
        {
            throw new UsageException($"no component named '{last}'; the pipeline has {string.Join(", ", pipeline.Components.Select(c => c.Name))}");
        }

        var builder = new PipelineBuilder();
        foreach (IPipelineComponent component in pipeline.Components[..(index + 1)])
        {
            builder.Add(component);
        }

        return builder.Build();
    }

    internal static List<string> LoadCorpus(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new Kronika.Core.Input.InputNotFoundException($"{path}: no such file or folder");
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files.Select(f => File.ReadAllText(f)).ToList();
    }

    /// <summary>
    /// One pass: its wall time and the process's CPU time (user and system, every thread, the garbage
    /// collector's included). On a machine that other jobs load, wall time grows with their load while CPU
    /// time barely moves, so MB per CPU second is the figure to compare across runs.
    /// </summary>
    private sealed record RunResult(TimeSpan Elapsed, TimeSpan Cpu, long Words, double[] MillisecondsPerDocument, int Documents, GcActivity Gc);

    /// <summary>The garbage collections of one pass, by generation, and how long they held the program's threads.</summary>
    private sealed record GcActivity(int Gen0, int Gen1, int Gen2, TimeSpan Paused)
    {
        public static GcActivity Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

        public GcActivity Since(GcActivity before) => new(Gen0 - before.Gen0, Gen1 - before.Gen1, Gen2 - before.Gen2, Paused - before.Paused);
    }

    private static RunResult Run(Pipeline pipeline, List<string> texts, int threads)
    {
        var perDocument = new double[texts.Count];
        long words = 0;
        using Process process = Process.GetCurrentProcess();
        TimeSpan cpuBefore = process.TotalProcessorTime;
        GcActivity gcBefore = GcActivity.Now();
        var clock = Stopwatch.StartNew();
        Parallel.For(0, texts.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
        {
            long start = Stopwatch.GetTimestamp();
            Document document = pipeline.Process(Document.Create(texts[i]));
            perDocument[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            int count = 0;
            foreach (Token token in document.Tokens)
            {
                count += token.Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Number ? 1 : 0;
            }

            Interlocked.Add(ref words, count);
        });
        TimeSpan elapsed = clock.Elapsed;
        process.Refresh();
        return new RunResult(elapsed, process.TotalProcessorTime - cpuBefore, words, perDocument, texts.Count, GcActivity.Now().Since(gcBefore));
    }

    /// <summary>
    /// One single-core pass timing each component on its own: its speed, and its share of the pass. The
    /// components are timed side by side in the same pass, so a busy machine slows them alike and the shares
    /// stay comparable where MB/s figures do not. Also the CPU time each component's thread spends per input
    /// byte (which the machine's load moves far less than wall time) and the bytes it allocates per input byte.
    /// </summary>
    private static void ReportStages(Pipeline pipeline, List<string> texts, long bytes)
    {
        var ticks = new long[pipeline.Components.Length];
        var cpu = new long[pipeline.Components.Length];
        var allocated = new long[pipeline.Components.Length];
        foreach (string text in texts)
        {
            Document document = Document.Create(text);
            for (int c = 0; c < ticks.Length; c++)
            {
                long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                long cpuBefore = ThreadCpuTime.Nanoseconds();
                long start = Stopwatch.GetTimestamp();
                pipeline.Components[c].Process(document, CancellationToken.None);
                ticks[c] += Stopwatch.GetTimestamp() - start;
                cpu[c] += ThreadCpuTime.Nanoseconds() - cpuBefore;
                allocated[c] += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            }
        }

        long total = Math.Max(1, ticks.Sum());
        Console.WriteLine("stages (1 core): " + string.Join(", ", pipeline.Components.Select((component, c) =>
            $"{component.Name} {bytes / 1e6 / Math.Max(1e-9, (double)ticks[c] / Stopwatch.Frequency):F2} MB/s ({100.0 * ticks[c] / total:F1} %)")));
        if (ThreadCpuTime.IsAvailable)
        {
            Console.WriteLine($"CPU per input byte (1 core): {string.Join(", ", pipeline.Components.Select((component, c) =>
                $"{component.Name} {(double)cpu[c] / bytes:F0} ns"))}; all {(double)cpu.Sum() / bytes:F0} ns");
        }

        Console.WriteLine("allocated per input byte: " + string.Join(", ", pipeline.Components.Select((component, c) =>
            $"{component.Name} {(double)allocated[c] / bytes:F1} B")));
    }

    /// <summary>The pass of median wall time, with the median CPU time of the passes (the two medians need not be one pass).</summary>
    private static RunResult Median(RunResult[] runs) =>
        runs.OrderBy(r => r.Elapsed).ElementAt(runs.Length / 2) with { Cpu = runs.Select(r => r.Cpu).Order().ElementAt(runs.Length / 2) };

    private static void Report(string label, RunResult run, long bytes)
    {
        BenchReport.Print(label, new BenchFigures(run.Elapsed, run.Documents, run.MillisecondsPerDocument, bytes, run.Words, Cpu: run.Cpu));
        Console.WriteLine($"  garbage collections (gen 0/1/2): {run.Gc.Gen0}/{run.Gc.Gen1}/{run.Gc.Gen2}, threads paused {run.Gc.Paused.TotalMilliseconds:F0} ms " +
            $"({100 * run.Gc.Paused / run.Elapsed:F1} % of the pass); {(GCSettings.IsServerGC ? "server" : "workstation")} GC, " +
            $"latency mode {GCSettings.LatencyMode} (Batch: no background collections)");
    }
}
