using System.Text.Json;
using Kronika.Store;
using Kronika.Store.Tests;

namespace Kronika.Cli.Tests;

/// <summary>An archive file holding the sample articles, filled through the store API, read by the commands.</summary>
public sealed class SampleDb : IDisposable
{
    private readonly TempFiles files = new();

    public SampleDb()
    {
        Path = System.IO.Path.Combine(files.Dir, "kronika.db");
        SampleArchive.Fill(Path);
        using var store = Kronika.Store.Sqlite.SqliteArchiveStore.Open(Path);
        Events = store.Events(new EventQuery()).Total;
    }

    public string Path { get; }

    /// <summary>How many archive events the samples give, as the store counts them: the commands must show them all.</summary>
    public int Events { get; }

    public string Dir => files.Dir;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        files.Dispose();
    }
}

/// <summary>The archive's query and export commands, run as the real program on a real archive file.</summary>
public sealed class ArchiveCommandTests(SampleDb db) : IClassFixture<SampleDb>
{
    private CliResult Run(params string[] args) => KronikaProcess.Run([.. args, "--db", db.Path]);

    private static string[] Lines(CliResult result) => result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Events_print_an_aligned_table_with_the_rows_shown_and_the_total()
    {
        CliResult result = Run("events");
        Assert.Equal(0, result.ExitCode);
        string[] lines = Lines(result);
        Assert.StartsWith("id  date", lines[0], StringComparison.Ordinal);
        Assert.Matches("^-+  -+", lines[1]);
        Assert.Contains(lines, l => l.Contains("CONSULT", StringComparison.Ordinal) && l.Contains("Karol Nawrocki + Gitanas Nausėda", StringComparison.Ordinal));
        Assert.Equal($"rows 1–{db.Events} of {db.Events}", lines[^1]);
        // Aligned: every row's second column starts where the header's does.
        int column = lines[0].IndexOf("date", StringComparison.Ordinal);
        Assert.All(lines[2..^1], l => Assert.Equal(' ', l[column - 1]));
    }

    [Fact]
    public void Events_filters_reach_the_store_and_json_is_the_page()
    {
        CliResult result = Run("events", "--actor", "nauseda", "--country", "LTU", "--from", "2026-11-24", "--to", "2026-11-24", "--status", "asserted", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(2, json.RootElement.GetProperty("total").GetInt32());
        Assert.All(json.RootElement.GetProperty("items").EnumerateArray(), e => Assert.True(e.GetProperty("mentions").GetArrayLength() >= 3));
    }

    [Fact]
    public void Events_as_csv_have_a_header_and_one_record_per_event()
    {
        CliResult result = Run("events", "--type", "04", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        string[] lines = Lines(result).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("id,date,type,cameo,source,target,place,status,mentions,sources,articles", lines[0]);
        Assert.EndsWith(",Wilno,asserted,4,4,4", Assert.Single(lines[1..]), StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_quotes_fields_that_hold_commas()
    {
        CliResult result = Run("search", "umowa", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(Lines(result), l => l.Contains("\"…Eksperci oceniają, że [umowa]", StringComparison.Ordinal));
    }

    [Fact]
    public void Paging_options_window_the_rows()
    {
        CliResult result = Run("events", "--limit", "2", "--offset", "1");
        Assert.Equal($"rows 2–3 of {db.Events}", Lines(result)[^1]);
        Assert.Equal(4, Lines(result).Length - 1);
    }

    [Fact]
    public void Entities_and_one_entity_record()
    {
        CliResult list = Run("entities", "--type", "PERSON", "--country", "LTU");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains(Lines(list), l => l.Contains("Gitanas Nausėda", StringComparison.Ordinal));
        Assert.DoesNotContain(Lines(list), l => l.Contains("Nawrocki", StringComparison.Ordinal));

        CliResult record = Run("entity", "NAUSEDA");
        Assert.Equal(0, record.ExitCode);
        Assert.Contains(Lines(record), l => l.StartsWith("knowledge id", StringComparison.Ordinal) && l.EndsWith("person:nauseda", StringComparison.Ordinal));
        Assert.Contains(Lines(record), l => l.StartsWith("partners", StringComparison.Ordinal) && l.Contains("Karol Nawrocki (2)", StringComparison.Ordinal));

        using JsonDocument json = JsonDocument.Parse(Run("entity", "person:nauseda", "--format", "json").Stdout);
        Assert.Equal("Gitanas Nausėda", json.RootElement.GetProperty("entity").GetProperty("name").GetString());
    }

    [Fact]
    public void An_unknown_entity_is_one_line_and_exit_1()
    {
        string line = CliAssert.OneLineFailure(Run("entity", "Nikt Taki"), ExitCodes.Failure);
        Assert.Contains("Nikt Taki", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_by_speaker_and_words()
    {
        CliResult result = Run("quotes", "--speaker", "Nawrocki", "--text", "regionu");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(Lines(result), l => l.Contains("To dzień ważny dla bezpieczeństwa całego regionu", StringComparison.Ordinal));
        Assert.Equal("rows 1–1 of 1", Lines(result)[^1]);
    }

    [Fact]
    public void Claims_denied()
    {
        CliResult result = Run("claims", "--denied");
        Assert.Equal(0, result.ExitCode);
        string row = Assert.Single(Lines(result)[2..^1]);
        Assert.Contains("Litwa", row, StringComparison.Ordinal);
        Assert.Contains("Rosja", row, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("NEAR(umowa")]
    [InlineData("'; DROP TABLE documents; --")]
    public void Search_takes_any_words(string words)
    {
        Assert.Equal(0, Run("search", words).ExitCode);
        Assert.Contains(Lines(Run("search", "porozumienie")), l => l.StartsWith("document", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_as_GDELT_rows_and_as_JSON_Lines()
    {
        CliResult gdelt = Run("export", "--format", "gdelt-csv");
        Assert.Equal(0, gdelt.ExitCode);
        string[] rows = Lines(gdelt);
        Assert.Equal(db.Events, rows.Length);
        Assert.All(rows, r => Assert.Equal(61, r.Split('\t').Length));

        CliResult jsonl = Run("export", "--format", "jsonl");
        Assert.Equal(0, jsonl.ExitCode);
        Assert.All(Lines(jsonl), l => Assert.True(JsonDocument.Parse(l).RootElement.GetProperty("numMentions").GetInt32() >= 1));
    }

    [Fact]
    public void A_missing_archive_is_one_line_and_exit_66_and_is_not_created()
    {
        string missing = Path.Combine(db.Dir, "none.db");
        foreach (string[] args in new[] { new[] { "events" }, ["export"], ["search", "x"] })
        {
            CliResult result = KronikaProcess.Run([.. args, "--db", missing]);
            Assert.Contains("no archive", CliAssert.OneLineFailure(result, ExitCodes.NoInput), StringComparison.Ordinal);
        }

        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void A_file_that_is_not_an_archive_is_one_line_and_exit_65()
    {
        string garbage = Path.Combine(db.Dir, "garbage.db");
        File.WriteAllText(garbage, new string('x', 8192));
        Assert.Contains("not a Kronika archive", CliAssert.OneLineFailure(KronikaProcess.Run(["events", "--db", garbage]), ExitCodes.BadInput), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("events", "--from", "24.11.2026")]
    [InlineData("events", "--limit", "0")]
    [InlineData("quotes", "--offset", "-1")]
    public void Bad_options_are_usage_errors(params string[] args) => CliAssert.OneLineFailure(Run(args), ExitCodes.Usage);

    [Fact]
    public void An_unknown_format_is_a_usage_error() => Assert.Equal(ExitCodes.Usage, Run("events", "--format", "xml").ExitCode);
}
