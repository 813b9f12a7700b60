using System.Text.Json;

namespace Kronika.Cli.Tests;

public sealed class ExtractTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Jsonl_writes_one_document_per_line_in_input_order()
    {
        string first = _files.Write("pierwszy.txt", "Sejm przyjął wczoraj ustawę budżetową.\n");
        string second = _files.Write("drugi.txt", "Prezydent zawetował ustawę o mediach.\n");

        CliResult result = KronikaProcess.Run(["extract", "--format", "jsonl", "--date", "2024-06-20", first, second]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        string[] lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        string[] sources = [first, second];
        for (int i = 0; i < 2; i++)
        {
            using JsonDocument json = JsonDocument.Parse(lines[i]);
            Assert.Equal("kronika/1", json.RootElement.GetProperty("schema").GetString());
            JsonElement document = json.RootElement.GetProperty("document");
            Assert.Equal(sources[i], document.GetProperty("source").GetString());
            Assert.Equal("2024-06-20", document.GetProperty("date").GetString());
        }
    }

    [Fact]
    public void Default_json_output_parses_and_has_a_null_date_when_none_is_given()
    {
        CliResult result = KronikaProcess.Run(["extract", _files.Write("a.txt", "Rząd zebrał się w poniedziałek.")]);

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("document").GetProperty("date").ValueKind);
        Assert.Equal(64, json.RootElement.GetProperty("document").GetProperty("sha256").GetString()!.Length);
    }

    [Fact]
    public void Text_output_lists_the_quotations_under_their_speaker()
    {
        string path = _files.Write("cytat.txt", "„Nie zgodzimy się na żadne ustępstwa” – powiedział premier Donald Tusk.\n");

        CliResult result = KronikaProcess.Run(["extract", "--format", "text", "--date", "2024-06-20", path]);

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Stdout.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        int heading = Array.IndexOf(lines, "## Quotations");
        Assert.True(heading > 0, result.Stdout);
        Assert.StartsWith("Donald Tusk (e", lines[heading + 1], StringComparison.Ordinal);
        Assert.Equal("„Nie zgodzimy się na żadne ustępstwa” — powiedział, premier", lines[heading + 2]);
    }

    [Theory]
    [InlineData("2024-13-45")]
    [InlineData("20.06.2024")]
    [InlineData("2023-02-29")]
    public void An_impossible_date_is_a_usage_error_on_one_line(string date)
    {
        CliResult result = KronikaProcess.Run(["extract", "--date", date, _files.Write("a.txt", "Rząd zebrał się w poniedziałek.")]);

        string line = CliAssert.OneLineFailure(result, 64);
        Assert.Contains(date, line);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void A_missing_file_among_others_is_reported_and_the_rest_extracted()
    {
        string good = _files.Write("dobry.txt", "Minister podał się do dymisji.");
        string missing = Path.Combine(_files.Dir, "brak.txt");

        CliResult result = KronikaProcess.Run(["extract", "--format", "jsonl", missing, good]);

        string line = CliAssert.OneLineFailure(result, 66);
        Assert.Contains("brak.txt", line);
        using JsonDocument json = JsonDocument.Parse(Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(good, json.RootElement.GetProperty("document").GetProperty("source").GetString());
    }
}
