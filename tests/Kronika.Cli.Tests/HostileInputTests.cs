using System.Text;

namespace Kronika.Cli.Tests;

public sealed class HostileInputTests : IDisposable
{
    private const string Polish = "Żółta łódź płynęła ku źródłom. Ślązacy i Ślęża, gęśla, ćma, koń, Źrebię, Ąbc, Ęcki, Ńk, Ćwiek, Łukasz, Óda, Żaneta.\n";

    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    static HostileInputTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void An_empty_file_gives_empty_output()
    {
        CliResult result = KronikaProcess.Run(["analyze", _files.Write("pusty.txt", [])]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void A_whitespace_only_file_gives_no_tokens()
    {
        CliResult result = KronikaProcess.Run(["analyze", _files.Write("spacje.txt", "  \n\t\n \u00A0 \r\n")]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout.Trim());
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void An_empty_file_still_has_a_record_in_extract()
    {
        CliResult result = KronikaProcess.Run(["extract", "--format", "jsonl", _files.Write("pusty.txt", [])]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"schema\":\"kronika/1\"", result.Stdout);
    }

    [Theory]
    [InlineData("windows-1250")]
    [InlineData("iso-8859-2")]
    public void Legacy_polish_encodings_are_decoded_and_lemmatised(string encoding)
    {
        byte[] bytes = Encoding.GetEncoding(encoding).GetBytes(Polish);
        Assert.False(System.Text.Unicode.Utf8.IsValid(bytes));

        CliResult result = KronikaProcess.Run(["analyze", _files.Write("stary.txt", bytes)]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Żółta\tżółty\tadj:", result.Stdout);
        Assert.Contains("łódź\tłódź\tsubst:sg:nom:f", result.Stdout);
        Assert.Contains("źródłom\tźródło\tsubst:pl:dat:n", result.Stdout);
        Assert.DoesNotContain("\uFFFD", result.Stdout);
    }

    [Fact]
    public void A_forced_encoding_that_does_not_fit_is_bad_input()
    {
        byte[] bytes = Encoding.GetEncoding("windows-1250").GetBytes(Polish);

        CliResult result = KronikaProcess.Run(["analyze", "--encoding", "utf-8", _files.Write("stary.txt", bytes)]);

        CliAssert.OneLineFailure(result, 65);
    }

    [Fact]
    public void An_unknown_encoding_name_is_bad_input()
    {
        CliResult result = KronikaProcess.Run(["analyze", "--encoding", "klingonski", _files.Write("a.txt", Polish)]);

        string line = CliAssert.OneLineFailure(result, 65);
        Assert.Contains("klingonski", line);
    }

    [Fact]
    public void Nul_bytes_are_bad_input_on_one_line()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Ala ma "), 0, 0, .. Encoding.UTF8.GetBytes("kota.\n")];

        CliResult result = KronikaProcess.Run(["analyze", _files.Write("binarny.txt", bytes)]);

        CliAssert.OneLineFailure(result, 65);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void A_missing_file_is_no_input_on_one_line()
    {
        string path = Path.Combine(_files.Dir, "nie-ma-mnie.txt");

        CliResult result = KronikaProcess.Run(["analyze", path]);

        string line = CliAssert.OneLineFailure(result, 66);
        Assert.Contains(path, line);
    }

    [Fact]
    public void A_directory_is_refused_on_one_clear_line()
    {
        string dir = _files.Subdir("katalog");

        CliResult result = KronikaProcess.Run(["analyze", dir]);

        Assert.NotEqual(0, result.ExitCode);
        string line = CliAssert.OneLineFailure(result, result.ExitCode);
        Assert.Contains("directory", line);
    }

    [Fact]
    public void Input_over_max_size_is_bad_input()
    {
        string path = _files.Write("duzy.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Pociąg przyjechał na stację. ", 50_000))));

        CliResult result = KronikaProcess.Run(["analyze", "--max-size", "1", path]);

        string line = CliAssert.OneLineFailure(result, 65);
        Assert.Contains("--max-size", line);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void A_non_positive_max_size_is_a_usage_error(string size)
    {
        CliResult result = KronikaProcess.Run(["analyze", "--max-size", size, _files.Write("a.txt", Polish)]);

        CliAssert.OneLineFailure(result, 64);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        CliResult result = KronikaProcess.Run(["analyze", _files.Write("a.txt", Polish), "--nieznana-opcja"]);

        Assert.Equal(64, result.ExitCode);
        Assert.Contains("--nieznana-opcja", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void A_legacy_file_and_standard_input_are_extracted_in_order()
    {
        string path = _files.Write("stdin.txt", Encoding.GetEncoding("windows-1250").GetBytes("Gęś pływa po stawie.\n"));

        CliResult result = KronikaProcess.Run(["extract", "--format", "jsonl", path, "-"], stdin: "Kot śpi.\n");

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains($"\"source\":\"{path}\"", lines[0]);
        Assert.Contains("\"source\":\"-\"", lines[1]);
    }

    [Fact]
    public void A_50_megabyte_single_line_is_analysed()
    {
        string path = Path.Combine(_files.Dir, "jedna-linia.txt");
        byte[] phrase = Encoding.UTF8.GetBytes("Prezydent spotkał się z ministrem w Warszawie i rozmawiał o gospodarce ");
        long size = 50L * 1024 * 1024;
        using (FileStream file = File.Create(path))
        {
            for (long written = 0; written < size; written += phrase.Length)
            {
                file.Write(phrase);
            }
        }

        (int exitCode, long lines, long chars, string stderr) = KronikaProcess.RunCountingLines(["analyze", "--format", "text", path]);

        Assert.True(exitCode == 0, $"exit {exitCode}: {stderr}");
        Assert.True(lines > 1_000_000, $"only {lines} output lines");
        Assert.True(chars > size, $"only {chars} output characters");
    }
}
