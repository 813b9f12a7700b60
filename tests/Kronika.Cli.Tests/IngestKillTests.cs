using Kronika.Store;
using Kronika.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Kronika.Cli.Tests;

/// <summary>
/// Issue 7's crash test: <c>kronika ingest</c> killed with SIGKILL at fifty random moments in a row — while
/// starting, creating the file, extracting, writing — must leave after every kill an archive that opens, is
/// intact and holds only whole articles; a final run then gives the archive of one clean run.
/// </summary>
public sealed class IngestKillTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private const int Kills = 50;

    /// <summary>Enough articles that the kills land before, during and after the writing.</summary>
    private const int Articles = 300;

    private readonly TempFiles _files = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _files.Dispose();
    }

    [Fact]
    public void Fifty_kills_in_a_row_leave_whole_articles_and_a_rerun_reaches_the_clean_archive()
    {
        string folder = Articles_folder();
        string clean = Path.Combine(_files.Dir, "clean.db");
        Assert.Equal(0, KronikaProcess.Run(["ingest", folder, "--db", clean]).ExitCode);
        // Kills are spread over the time of one clean run with warm caches, as the killed runs will have: the
        // first run of the test pays for cold files, and timed by it most kills would land after the writing.
        string timed = Path.Combine(_files.Dir, "timed.db");
        var timer = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal(0, KronikaProcess.Run(["ingest", folder, "--db", timed]).ExitCode);
        int cleanRun = (int)timer.ElapsedMilliseconds;

        string killed = Path.Combine(_files.Dir, "killed.db");
        var random = new Random(20261202); // fixed: a failure can be replayed
        var stored = new List<long>();
        for (int kill = 0; kill < Kills; kill++)
        {
            if (kill % 2 == 0)
            {
                // Every other round starts from no file: kills land while it is created, migrated and first
                // written, and the round after resumes a partial archive.
                SqliteConnection.ClearAllPools();
                foreach (string file in Directory.GetFiles(_files.Dir, "killed.db*"))
                {
                    File.Delete(file);
                }
            }

            using (System.Diagnostics.Process run = KronikaProcess.StartDetached(["ingest", folder, "--db", killed]))
            {
                Thread.Sleep(random.Next(0, cleanRun));
                if (!run.HasExited)
                {
                    run.Kill(entireProcessTree: true);
                }

                run.WaitForExit();
            }

            Assert.Equal("", Damage(killed, kill));
            stored.Add(ArchiveFile.StoredDocuments(killed));
        }

        output.WriteLine($"articles stored after each kill: {string.Join(' ', stored)}");
        Assert.Contains(stored, n => n is > 0 and < Articles); // some kills landed while articles were being written

        CliResult rerun = KronikaProcess.Run(["ingest", folder, "--db", killed]);
        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal(ArchiveFile.Dump(clean), ArchiveFile.Dump(killed));
    }

    private string Articles_folder()
    {
        string folder = _files.Subdir("articles");
        string[] people = ["Donald Tusk", "Andrzej Duda", "Radosław Sikorski", "Władysław Kosiniak-Kamysz", "Ursula von der Leyen"];
        string[] places = ["Rzeszowie", "Brukseli", "Kijowie", "Wilnie", "Berlinie", "Pradze"];
        for (int i = 0; i < Articles; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"{i:D3}.txt"),
                $"Rozmowy numer {i}\n\n{people[i % people.Length]} spotkał się {i % 28 + 1} maja w {places[i % places.Length]} z premierem Litwy. "
                + $"„Rozmawialiśmy o bezpieczeństwie regionu” – powiedział {people[(i + 2) % people.Length]}. Rosja skrytykowała spotkanie. "
                + $"Rząd przeznaczył na pomoc dla Ukrainy {i * 10 + 5} mln zł.");
        }

        return folder;
    }

    /// <summary>What is wrong with the archive after kill number <paramref name="kill"/>; empty when nothing.</summary>
    private static string Damage(string db, int kill)
    {
        if (!File.Exists(db))
        {
            return ""; // killed before the file was made
        }

        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        string integrity = Convert.ToString(ArchiveFile.Scalar(connection, "PRAGMA integrity_check"), System.Globalization.CultureInfo.InvariantCulture) ?? "";
        if (integrity != "ok")
        {
            return $"kill {kill}: integrity_check says {integrity}";
        }

        if (!ArchiveFile.HasSchema(connection))
        {
            return ""; // killed before the first migration committed: an empty file, which the next run migrates
        }

        // A whole article has as many quotes, mentions' entities and event reports as its own row counts.
        long partial = Convert.ToInt64(ArchiveFile.Scalar(connection, """
            SELECT count(*) FROM documents d
            WHERE d.quote_count <> (SELECT count(*) FROM quotes q WHERE q.document_id = d.id)
               OR d.event_count <> (SELECT count(*) FROM event_mentions m WHERE m.document_id = d.id)
               OR d.entity_count <> (SELECT count(*) FROM document_entities e WHERE e.document_id = d.id)
            """), System.Globalization.CultureInfo.InvariantCulture);
        return partial == 0 ? "" : $"kill {kill}: {partial} articles stored in part";
    }
}
