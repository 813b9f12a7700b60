using System.Diagnostics;
using System.Globalization;
using Kronika.Store;
using Kronika.Store.Sqlite;

namespace Kronika.Cli.Tests;

/// <summary><c>kronika ingest</c> end to end: real files, a real SQLite archive, the real command.</summary>
public sealed class IngestTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private string Db => Path.Combine(_files.Dir, "archive.db");

    private string SampleFolder()
    {
        string dir = _files.Subdir("articles");
        File.WriteAllText(Path.Combine(dir, "a.txt"), "Szczyt w Rzeszowie\n\nPremier Donald Tusk spotkał się wczoraj w Rzeszowie z prezydentem Ukrainy Wołodymyrem Zełenskim.");
        Directory.CreateDirectory(Path.Combine(dir, "more"));
        File.WriteAllText(Path.Combine(dir, "more", "b.jsonl"),
            """
            {"title": "Sejm", "text": "Sejm przyjął w piątek ustawę budżetową. Opozycja zapowiedziała skargę.", "date": "2024-06-21", "source": "Gazeta"}
            {"title": "Weto", "text": "Prezydent zawetował ustawę o mediach publicznych.", "date": "2024-06-22", "source": "Portal"}
            """);
        return dir;
    }

    private (ArchiveStats Stats, string Documents) Dump() => ArchiveFile.Dump(Db);

    [Fact]
    public void A_second_run_over_the_same_folder_changes_nothing()
    {
        string folder = SampleFolder();
        CliResult first = KronikaProcess.Run(["ingest", folder, "--db", Db, "--date", "2024-06-20"]);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("3 added, 0 unchanged, 0 replaced, 0 failed", first.Stderr);
        var before = Dump();
        Assert.Equal(3, before.Stats.Documents);

        CliResult second = KronikaProcess.Run(["ingest", folder, "--db", Db, "--date", "2024-06-20"]);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 added, 3 unchanged, 0 replaced, 0 failed", second.Stderr);
        var after = Dump();
        Assert.Equal(before.Stats, after.Stats);
        Assert.Equal(before.Documents, after.Documents);
    }

    [Fact]
    public void A_bad_file_is_reported_on_one_line_and_the_rest_is_stored_with_exit_code_3()
    {
        string folder = SampleFolder();
        string bad = Path.Combine(folder, "c.bin");
        File.WriteAllBytes(bad, [0x00, 0xFF, 0x00, 0x01]);
        CliResult result = KronikaProcess.Run(["ingest", folder, "--db", Db]);
        Assert.Equal(3, result.ExitCode);
        Assert.Single(result.StderrLines, line => line.StartsWith($"kronika: {bad}: ", StringComparison.Ordinal));
        Assert.Contains("3 added, 0 unchanged, 0 replaced, 1 failed", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.Equal(3, Dump().Stats.Documents);
    }

    [Fact]
    public void A_run_killed_midway_and_rerun_gives_the_archive_of_one_clean_run()
    {
        string folder = _files.Subdir("many");
        string[] people = ["Donald Tusk", "Andrzej Duda", "Radosław Sikorski", "Władysław Kosiniak-Kamysz"];
        string[] places = ["Rzeszowie", "Brukseli", "Kijowie", "Wilnie", "Berlinie"];
        // Enough articles that a kill lands midway: the writer commits at most 32 per transaction.
        const int Articles = 480;
        for (int i = 0; i < Articles; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"{i:D3}.txt"),
                $"Wizyta numer {i}\n\n{people[i % people.Length]} spotkał się {i % 28 + 1} czerwca w {places[i % places.Length]} z ministrem. "
                + $"„Rozmawialiśmy o bezpieczeństwie” – powiedział {people[(i + 1) % people.Length]}. Rząd przeznaczył na pomoc {i * 10} mln zł.");
        }

        string clean = Path.Combine(_files.Dir, "clean.db");
        Assert.Equal(0, KronikaProcess.Run(["ingest", folder, "--db", clean]).ExitCode);

        using (System.Diagnostics.Process killed = KronikaProcess.StartDetached(["ingest", folder, "--db", Db]))
        {
            var deadline = DateTime.UtcNow + KronikaProcess.Timeout;
            while (ArchiveFile.StoredDocuments(Db) == 0 && !killed.HasExited && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(20);
            }

            killed.Kill(entireProcessTree: true); // SIGKILL: no chance to clean up
            killed.WaitForExit();
        }

        long before = ArchiveFile.StoredDocuments(Db);
        Assert.InRange(before, 1, Articles - 1); // killed midway: the writer commits every 250 ms at the latest
        CliResult rerun = KronikaProcess.Run(["ingest", folder, "--db", Db]);
        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains($"{Articles - before} added, {before} unchanged", rerun.Stderr);
        var resumed = Dump();
        File.Copy(clean, Db, overwrite: true);
        Assert.Equal(Dump(), resumed);
    }

    [Fact]
    public void Standard_input_is_one_article()
    {
        CliResult result = KronikaProcess.Run(["ingest", "-", "--db", Db], stdin: "Rząd zebrał się w poniedziałek w Warszawie.");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(1, Dump().Stats.Documents);
    }

    [Theory]
    [InlineData(null, 10)]
    [InlineData("low", 10)]
    [InlineData("normal", 0)]
    public void Every_thread_of_an_ingest_runs_at_its_priority(string? priority, int nicer)
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // niceness per thread is read from /proc
        }

        List<string> args = ["ingest", "-", "--db", Db];
        if (priority is not null)
        {
            args.AddRange(["--priority", priority]);
        }

        int expected = Math.Max(OwnNiceness(), nicer);
        using Process ingest = KronikaProcess.Start(args, null, redirectStdin: true);
        try
        {
            // The command lowers itself thread by thread once its arguments are parsed (on a busy machine a thread
            // already lowered may wait a while before it lowers the next): wait until they all show it.
            var clock = Stopwatch.StartNew();
            while (Threads(ingest.Id).Select(t => Niceness(ingest.Id, t)).Any(n => n != expected && n != Ended)
                && clock.Elapsed < TimeSpan.FromSeconds(60) && !ingest.HasExited)
            {
                Thread.Sleep(20);
            }

            // Standard input stays open, so the ingest loads its models and waits for articles with every thread
            // it starts for them: each one seen in the next seconds runs at the same priority.
            clock.Restart();
            List<int> seen = [];
            while (clock.Elapsed < TimeSpan.FromSeconds(4) && !ingest.HasExited)
            {
                seen = [.. Threads(ingest.Id).Select(t => Niceness(ingest.Id, t)).Where(n => n != Ended)];
                Assert.All(seen, n => Assert.Equal(expected, n));
                Thread.Sleep(100);
            }

            Assert.False(ingest.HasExited, "the ingest ended before its input did");
            Assert.True(seen.Count > 3, $"only {seen.Count} threads seen");
            ingest.StandardInput.WriteLine("""{"title": "Sejm", "text": "Sejm przyjął w piątek ustawę budżetową.", "date": "2024-06-21"}""");
            ingest.StandardInput.Close();
            Assert.True(ingest.WaitForExit(TimeSpan.FromMinutes(2)), "the ingest did not end after its input");
            Assert.Equal(0, ingest.ExitCode);
        }
        finally
        {
            if (!ingest.HasExited)
            {
                ingest.Kill(entireProcessTree: true);
            }
        }
    }

    private const int Ended = int.MinValue;

    /// <summary>The niceness of the calling thread, which a process it starts inherits.</summary>
    private static int OwnNiceness()
    {
        return NiceField(File.ReadAllText("/proc/thread-self/stat"));
    }

    private static IEnumerable<int> Threads(int process)
    {
        try
        {
            return [.. Directory.EnumerateDirectories($"/proc/{process}/task").Select(d => int.Parse(Path.GetFileName(d), CultureInfo.InvariantCulture))];
        }
        catch (DirectoryNotFoundException)
        {
            return [];
        }
    }

    /// <summary>Field 19 of /proc/PID/task/TID/stat, counted after the command name (which may hold spaces).</summary>
    private static int Niceness(int process, int thread)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{process}/task/{thread}/stat");
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or IOException)
        {
            return Ended;
        }

        return NiceField(stat);
    }

    private static int NiceField(string stat) =>
        int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[16], CultureInfo.InvariantCulture);
}
