using System.Diagnostics;
using System.Text;
using Kronika.Store.Sqlite;

namespace Kronika.Cli.Tests;

/// <summary>The big inputs of <see cref="HostileBatchTests"/>, written once for the class.</summary>
public sealed class HostileBatchInputs : IDisposable
{
    public TempFiles Files { get; } = new();

    /// <summary>100 MB of text with no line break, in a folder with two ordinary articles.</summary>
    public string FolderWithHugeFile { get; }

    /// <summary>An RSS feed of 100 000 items: 100 different articles, each repeated 1000 times.</summary>
    public string HugeFeed { get; }

    public HostileBatchInputs()
    {
        FolderWithHugeFile = Files.Subdir("z-ogromnym");
        File.WriteAllText(Path.Combine(FolderWithHugeFile, "a.txt"), "Premier Donald Tusk spotkał się z prezydentem w Rzeszowie.");
        File.WriteAllText(Path.Combine(FolderWithHugeFile, "c.txt"), "Sejm przyjął w piątek ustawę budżetową.");
        byte[] phrase = Encoding.UTF8.GetBytes("Prezydent spotkał się z ministrem w Warszawie i rozmawiał o gospodarce ");
        using (FileStream huge = File.Create(Path.Combine(FolderWithHugeFile, "b-ogromny.txt")))
        {
            while (huge.Length < 100_000_000)
            {
                huge.Write(phrase);
            }
        }

        HugeFeed = Path.Combine(Files.Dir, "kanal.xml");
        using var feed = new StreamWriter(HugeFeed, false, new UTF8Encoding(false));
        feed.Write("""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Kanał</title>""");
        for (int i = 0; i < 100_000; i++)
        {
            feed.Write($"<item><title>Wiadomość {i % 100}</title><link>https://example.pl/{i}</link><description>Sejm przyjął ustawę numer {i % 100} w Warszawie.</description></item>\n");
        }

        feed.Write("</channel></rss>");
    }

    public void Dispose() => Files.Dispose();
}

/// <summary>
/// Gigantic inputs through <c>kronika extract</c> and <c>kronika ingest</c>: a clear error or a finished run,
/// within bounded time and memory, and the rest of the batch stored.
/// </summary>
public sealed class HostileBatchTests(HostileBatchInputs inputs) : IClassFixture<HostileBatchInputs>, IDisposable
{
    /// <summary>The peak memory the issue sets for Kronika (issue 7, "Done when").</summary>
    private const long PeakMemoryLimit = 400L * 1024 * 1024;

    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private string Db => Path.Combine(_files.Dir, "archive.db");

    private long StoredDocuments()
    {
        using SqliteArchiveStore store = SqliteArchiveStore.Open(Db, create: false);
        return store.Stats().Documents;
    }

    [Fact]
    public void A_100_megabyte_file_without_newline_is_refused_at_once_by_extract()
    {
        string huge = Path.Combine(inputs.FolderWithHugeFile, "b-ogromny.txt");
        var clock = Stopwatch.StartNew();

        CliResult result = KronikaProcess.Run(["extract", huge]);

        string line = CliAssert.OneLineFailure(result, 65);
        Assert.StartsWith($"kronika: {huge}: larger than the limit of 64 MiB", line);
        Assert.Contains("--max-size", line);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void Max_size_raises_the_limit()
    {
        string path = _files.Write("dwa-mb.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Pociąg przyjechał na stację. ", 50_000))));

        CliAssert.OneLineFailure(KronikaProcess.Run(["analyze", "--max-size", "1", path]), 65);
        CliResult raised = KronikaProcess.Run(["analyze", "--max-size", "2", "--format", "text", path]);

        Assert.True(raised.ExitCode == 0, raised.Stderr);
        Assert.Contains("Pociąg\tpociąg\tsubst:sg:nom:m", raised.Stdout);
    }

    [Fact]
    public void A_100_megabyte_file_in_a_folder_fails_alone_and_the_other_articles_are_stored()
    {
        CliResult result = KronikaProcess.Run(["ingest", inputs.FolderWithHugeFile, "--db", Db]);

        Assert.Equal(3, result.ExitCode);
        Assert.Single(result.StderrLines, line => line.StartsWith($"kronika: {Path.Combine(inputs.FolderWithHugeFile, "b-ogromny.txt")}: larger than the limit", StringComparison.Ordinal));
        Assert.Contains("2 added, 0 unchanged, 0 replaced, 1 failed", result.Stderr);
        Assert.Equal(2, StoredDocuments());
    }

    [Fact]
    public void A_feed_of_100_000_items_is_ingested_in_bounded_memory()
    {
        string[] args = ["ingest", "--no-fetch", inputs.HugeFeed, "--db", Db];
        using Process process = KronikaProcess.StartDetached(args);
        long peak = 0;
        var wall = Stopwatch.StartNew();
        while (!process.WaitForExit(50))
        {
            // The peak is the kernel's high-water mark for the process (VmHWM), read while it still runs.
            try
            {
                process.Refresh();
                peak = Math.Max(peak, process.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
                break; // exited between the wait and the read
            }

            KronikaProcess.KillIfOverBounds(process, wall, args);
        }

        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        Assert.True(peak > 0, "the peak working set could not be read");
        Assert.True(peak < PeakMemoryLimit, $"peak working set {peak / (1024 * 1024)} MiB");
        Assert.Equal(100, StoredDocuments()); // the repeats are recognised by their text and not stored twice
    }
}
