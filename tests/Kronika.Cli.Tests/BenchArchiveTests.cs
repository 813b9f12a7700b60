using Kronika.Store;
using Kronika.Store.Sqlite;

namespace Kronika.Cli.Tests;

/// <summary><c>kronika bench ingest|replay|archive</c> at small sizes: what they build and print, never how fast.</summary>
public sealed class BenchArchiveTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private string Corpus()
    {
        string dir = _files.Subdir("corpus");
        File.WriteAllText(Path.Combine(dir, "a.txt"), "Szczyt w Rzeszowie\n\nPremier Donald Tusk spotkał się wczoraj w Rzeszowie z prezydentem Ukrainy Wołodymyrem Zełenskim.");
        File.WriteAllText(Path.Combine(dir, "b.txt"), "Budżet\n\nSejm przyjął w piątek ustawę budżetową. Opozycja zapowiedziała skargę do Trybunału.");
        File.WriteAllText(Path.Combine(dir, "c.txt"), "Weto\n\nPrezydent Andrzej Duda zawetował ustawę o mediach publicznych. „To zły projekt” – powiedział.");
        return dir;
    }

    [Fact]
    public void Replay_grows_an_archive_with_distinct_dated_copies_and_goes_on_from_its_size()
    {
        string corpus = Corpus();
        string db = Path.Combine(_files.Dir, "replay.db");
        CliResult first = KronikaProcess.Run(["bench", "replay", "--corpus", corpus, "--db", db, "--documents", "7", "--slice", "4", "--jobs", "1"]);
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains("machine:", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("archive 7 documents", first.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"documents/s, p50 [\d.]+ ms, p99 [\d.]+ ms per write", first.Stdout);

        CliResult more = KronikaProcess.Run(["bench", "replay", "--corpus", corpus, "--db", db, "--documents", "10", "--jobs", "1"]);
        Assert.True(more.ExitCode == 0, more.Stderr);
        using SqliteArchiveStore store = SqliteArchiveStore.Open(db, create: false);
        IReadOnlyList<DocumentSummary> documents = store.Documents(new DocumentQuery(Page: new PageRequest(0, 100))).Items;
        Assert.Equal(10, documents.Count);
        Assert.Equal(10, documents.Select(d => d.Sha256).Distinct().Count());
        Assert.Equal(10, documents.Select(d => d.Url).Distinct().Count());
        Assert.All(documents, d => Assert.InRange(string.CompareOrdinal(d.Date, "2020-01-01"), 0, int.MaxValue));
        Assert.All(documents, d => Assert.InRange(string.CompareOrdinal(d.Date, "2025-12-31"), int.MinValue, 0));
        Assert.All(documents, d => Assert.StartsWith("replay-", d.Outlet, StringComparison.Ordinal));
        // Copy 9 is the fourth copy of the first article: the same title and words, another edition line.
        Assert.Equal(4, documents.Count(d => d.Title == "Szczyt w Rzeszowie"));
    }

    [Fact]
    public void Replay_makes_the_same_copies_on_every_run()
    {
        string corpus = Corpus();
        string a = Path.Combine(_files.Dir, "a.db");
        string b = Path.Combine(_files.Dir, "b.db");
        Assert.Equal(0, KronikaProcess.Run(["bench", "replay", "--corpus", corpus, "--db", a, "--documents", "4", "--jobs", "1"]).ExitCode);
        Assert.Equal(0, KronikaProcess.Run(["bench", "replay", "--corpus", corpus, "--db", b, "--documents", "4", "--slice", "1", "--jobs", "2"]).ExitCode);
        Assert.Equal(Copies(a), Copies(b));
    }

    /// <summary>Each document's text hash, URL, date, outlet and title, and the archive's totals; not where the copy was read from.</summary>
    private static (ArchiveStats, string) Copies(string db)
    {
        using SqliteArchiveStore store = SqliteArchiveStore.Open(db, create: false);
        IEnumerable<DocumentSummary> documents = store.Documents(new DocumentQuery(Page: new PageRequest(0, 100))).Items;
        return (store.Stats(), string.Join("\n", documents.Select(d => (d.Id, d.Sha256, d.Url, d.Date, d.Outlet, d.Title, d.Entities, d.Events))));
    }

    [Fact]
    public void Ingest_reports_its_rate_and_leaves_the_named_archive()
    {
        string corpus = Corpus();
        string db = Path.Combine(_files.Dir, "ingest.db");
        CliResult result = KronikaProcess.Run(["bench", "ingest", "--corpus", corpus, "--db", db]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("corpus: 3 documents", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"ingest\s*:\s+[\d.]+ MB/s,\s+\d+ documents/s, p50", result.Stdout);
        Assert.Contains("peak memory:", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(3, ArchiveFile.Dump(db).Stats.Documents);
    }

    [Fact]
    public void Archive_times_every_main_read_route()
    {
        string db = Path.Combine(_files.Dir, "query.db");
        Assert.Equal(0, KronikaProcess.Run(["bench", "replay", "--corpus", Corpus(), "--db", db, "--documents", "6"]).ExitCode);
        CliResult result = KronikaProcess.Run(["bench", "archive", "--db", db, "--runs", "3"]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("archive: 6 documents", result.Stdout, StringComparison.Ordinal);
        foreach (string route in new[] { "events by actor", "events by type + year", "entity", "quotes by speaker", "denied claims", "search", "documents", "stats" })
        {
            Assert.Matches($@"(?m)^{System.Text.RegularExpressions.Regex.Escape(route)}\s*:\s+\d+ queries/s, p50 [\d.]+ ms, p99 [\d.]+ ms per query", result.Stdout);
        }

        Assert.Equal(66, KronikaProcess.Run(["bench", "archive", "--db", Path.Combine(_files.Dir, "missing.db")]).ExitCode);
    }

    [Fact]
    public void Serve_load_tests_every_route_and_stops_by_itself()
    {
        string corpus = Corpus();
        string db = Path.Combine(_files.Dir, "serve.db");
        Assert.Equal(0, KronikaProcess.Run(["bench", "replay", "--corpus", corpus, "--db", db, "--documents", "4"]).ExitCode);
        CliResult result = KronikaProcess.Run(["bench", "serve", "--db", db, "--clients", "3", "--seconds", "2"]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("load: 3 clients for 2 s", result.Stdout, StringComparison.Ordinal);
        foreach (string route in new[] { "events by actor", "entity", "search", "documents", "stats", "all" })
        {
            Assert.Matches($@"(?m)^{System.Text.RegularExpressions.Regex.Escape(route)}\s*:\s+\d+ requests/s, p50 [\d.]+ ms, p99 [\d.]+ ms per request$", result.Stdout);
        }
    }

    [Fact]
    public void Serve_with_ingest_stores_articles_while_the_load_runs()
    {
        string corpus = Corpus();
        string db = Path.Combine(_files.Dir, "serve-ingest.db");
        Assert.Equal(0, KronikaProcess.Run(["bench", "replay", "--corpus", corpus, "--db", db, "--documents", "3"]).ExitCode);
        CliResult result = KronikaProcess.Run(["bench", "serve", "--db", db, "--clients", "2", "--seconds", "2", "--with-ingest", "--corpus", corpus, "--ingest-priority", "low"]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Matches(@"while `kronika ingest` ran \(low priority\): \d+ documents added", result.Stdout);
        Assert.True(ArchiveFile.Dump(db).Stats.Documents > 3);
        Assert.Equal(64, KronikaProcess.Run(["bench", "serve", "--db", db, "--with-ingest"]).ExitCode);
    }
}
