using System.Diagnostics;
using System.Text;

namespace Kronika.Cli.Tests;

/// <summary>
/// Texts built to break the extractor, run through <c>kronika extract</c>: each gives a record whose spans
/// lie inside the text and are exact slices of it, in bounded time, or one clear error line.
/// </summary>
public sealed class HostileTextTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static string LongArticle(int sentences)
    {
        string[] people = ["Donald Tusk", "Andrzej Duda", "Radosław Sikorski"];
        var text = new StringBuilder();
        for (int i = 0; i < sentences; i++)
        {
            text.Append($"{people[i % people.Length]} spotkał się {i % 28 + 1} czerwca w Warszawie z ministrem. Rząd przeznaczył na pomoc {i * 10} mln zł. ");
            if (i % 10 == 9)
            {
                text.Append("\n\n");
            }
        }

        return text.ToString();
    }

    /// <summary>Extracts one text and returns its record, after checking exit code, time and every span.</summary>
    private System.Text.Json.JsonElement Extract(string text)
    {
        string path = _files.Write("tekst.txt", text);
        var clock = Stopwatch.StartNew();
        CliResult result = KronikaProcess.Run(["extract", "--format", "jsonl", path]);
        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Stderr}");
        Assert.True(clock.Elapsed < Bound, $"took {clock.Elapsed.TotalSeconds:F1} s");
        ExtractedSpans.AssertInside(result.Stdout, text);
        return System.Text.Json.JsonDocument.Parse(result.Stdout).RootElement.Clone();
    }

    private static List<string> Quotes(System.Text.Json.JsonElement record) =>
        record.GetProperty("quotes").EnumerateArray().Select(q => q.GetProperty("text").GetString()!).ToList();

    [Fact]
    public void An_unclosed_quotation_mark_at_the_start_of_a_long_article_ends_with_its_paragraph()
    {
        string text = "„Nie zgodzimy się na to – tak zaczyna się ten długi artykuł.\n\n" + LongArticle(150)
            + "\n\n„Rozmawialiśmy o bezpieczeństwie” – powiedział Donald Tusk.\n";

        List<string> quotes = Quotes(Extract(text));

        Assert.Equal(["Nie zgodzimy się na to – tak zaczyna się ten długi artykuł.", "Rozmawialiśmy o bezpieczeństwie"], quotes);
    }

    [Fact]
    public void Ten_thousand_paired_quotation_marks_give_five_thousand_quotes()
    {
        string text = string.Join(" ", Enumerable.Range(0, 5_000).Select(i => (i % 2 == 0 ? "„Tak”" : "\"nie\"") + " powiedział Jan Kowalski.")) + "\n";

        List<string> quotes = Quotes(Extract(text));

        Assert.Equal(5_000, quotes.Count);
        Assert.All(quotes, q => Assert.True(q is "Tak" or "nie", q));
    }

    [Fact]
    public void Ten_thousand_unpaired_quotation_marks_are_read_in_bounded_time()
    {
        string text = "Jan Kowalski powiedział " + new string('„', 10_000) + " i poszedł do domu. Donald Tusk spotkał się z ministrem.\n";

        System.Text.Json.JsonElement record = Extract(text);

        Assert.Contains(record.GetProperty("entities").EnumerateArray(), e => e.GetProperty("name").GetString() == "Donald Tusk");
    }

    [Theory]
    [InlineData("right-to-left", "\u202Eאבג\u202C مرحبا \u200F")]
    [InlineData("combining", "Z\u0307o\u0301\u0142c\u0301 a\u0300\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030A\u030B\u030C")]
    [InlineData("emoji", "🇵🇱 👩‍👩‍👧‍👦 😀 ❤️ 👍🏽")]
    [InlineData("control", "\u0001\u0002\u0007\b\u000B\f\u001B[31m\u007F\u0085\u2028\u2029\u200B\uFEFF")]
    public void Unusual_characters_between_and_next_to_words_keep_every_span_inside_the_text(string kind, string noise)
    {
        string text = $"{noise} Premier Donald Tusk{noise} spotkał się 20 czerwca 2024 w Rzeszowie z prezydentem Ukrainy. {noise}\n\n"
            + $"„Rozmawialiśmy o bezpieczeństwie{noise}” – powiedział Donald Tusk. {noise}Andrzej Duda{noise} przyjechał do Brukseli.\n";

        System.Text.Json.JsonElement record = Extract(text);

        List<string?> names = record.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();
        Assert.True(names.Contains("Donald Tusk"), $"{kind}: entities {string.Join(", ", names)}");
        Assert.NotEmpty(record.GetProperty("times").EnumerateArray());
        Assert.NotEmpty(Quotes(record));
    }

    [Fact]
    public void Invalid_utf8_that_is_no_legacy_text_is_one_clear_error()
    {
        byte[] bytes = [.. "Ala ma kota "u8, 0xC3, 0x28, .. " i psa "u8, 0xFF, 0xFE, .. " koniec.\n"u8];

        CliResult result = KronikaProcess.Run(["extract", _files.Write("zly.txt", bytes)]);

        string line = CliAssert.OneLineFailure(result, 65);
        Assert.Contains("not valid UTF-8", line);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void A_line_in_utf8_and_a_line_in_windows_1250_are_each_decoded_in_their_own_encoding()
    {
        const string utf8Line = "Żółta łódź płynęła ku źródłom.\n", legacyLine = "Gęś pływa po stawie, a Łukasz śpi.\n";
        byte[] bytes = [.. Encoding.UTF8.GetBytes(utf8Line), .. CodePagesEncodingProvider.Instance.GetEncoding(1250)!.GetBytes(legacyLine)];

        CliResult result = KronikaProcess.Run(["analyze", "--format", "text", _files.Write("mieszany.txt", bytes)]);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("Żółta\tżółty\tadj:", result.Stdout);
        Assert.Contains("Gęś\tgęś\tsubst:sg:nom:f", result.Stdout);
        Assert.DoesNotContain("Ĺ", result.Stdout);
    }

    [Fact]
    public void A_batch_with_bad_files_extracts_the_good_ones_and_reports_each_bad_one_on_a_line()
    {
        string good = _files.Write("1-dobry.txt", "Premier Donald Tusk spotkał się z prezydentem.\n");
        string empty = _files.Write("2-pusty.txt", []);
        string blank = _files.Write("3-spacje.txt", " \n\t\n");
        string binary = _files.Write("4-binarny.txt", [.. "Ala "u8, 0, 0, .. "kot"u8]);
        string invalid = _files.Write("5-zly.txt", [.. "Ala "u8, 0xC3, 0x28, 0xFF]);
        string legacy = _files.Write("6-stary.txt", CodePagesEncodingProvider.Instance.GetEncoding(1250)!.GetBytes("Gęś pływa po stawie.\n"));

        CliResult result = KronikaProcess.Run(["extract", "--format", "jsonl", good, empty, blank, binary, invalid, legacy]);

        Assert.Equal(65, result.ExitCode);
        string[] records = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, records.Length);
        Assert.Equal([good, empty, blank, legacy], records.Select(r => System.Text.Json.JsonDocument.Parse(r).RootElement.GetProperty("document").GetProperty("source").GetString()));
        Assert.Equal(2, result.StderrLines.Length);
        Assert.StartsWith($"kronika: {binary}: ", result.StderrLines[0]);
        Assert.StartsWith($"kronika: {invalid}: ", result.StderrLines[1]);
        Assert.DoesNotContain("   at ", result.Stderr);
    }
}
