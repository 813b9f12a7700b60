using System.Text.Json;

namespace Kronika.Cli.Tests;

public sealed class AnalyzeTests : IDisposable
{
    private const string Article =
        "Premier spotkał się wczoraj w Brukseli z szefową Komisji Europejskiej.\n" +
        "Polska przekazała Putinowi notę protestacyjną w sprawie ataków na Ukrainę.\n\n" +
        "Rozmowy potrwają do piątku, powiedział rzecznik rządu.\n";

    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Text_output_has_form_lemma_and_tag_on_each_line()
    {
        CliResult result = KronikaProcess.Run(["analyze", _files.Write("a.txt", Article)]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        string[] lines = result.Stdout.Split('\n').Where(l => l.Length > 0).ToArray();
        Assert.NotEmpty(lines);
        Assert.All(lines, line =>
        {
            string[] columns = line.Split('\t');
            Assert.Equal(3, columns.Length);
            Assert.All(columns, c => Assert.NotEqual("", c));
        });

        string[] putin = Assert.Single(lines, l => l.StartsWith("Putinowi\t", StringComparison.Ordinal)).Split('\t');
        Assert.Equal("Putin", putin[1]);
        Assert.StartsWith("subst:sg:dat", putin[2]);
    }

    [Fact]
    public void Text_output_separates_sentences_with_blank_lines()
    {
        CliResult result = KronikaProcess.Run(["analyze", _files.Write("a.txt", Article)]);

        Assert.Equal(0, result.ExitCode);
        string[] sentences = result.Stdout.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, sentences.Count(s => s.Trim().Length > 0));
    }

    [Fact]
    public void Json_token_offsets_slice_the_normalised_text()
    {
        // "Łódź" with decomposed accents: offsets must refer to the NFC text.
        string text = "Prezydent Ło\u0301dz\u0301 odwiedził szpital.\nMinister zdrowia był tam również.";
        string normalised = text.Normalize(System.Text.NormalizationForm.FormC);
        CliResult result = KronikaProcess.Run(["analyze", "--format", "json", _files.Write("a.txt", text)]);

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        int tokens = 0;
        foreach (JsonElement sentence in json.RootElement.GetProperty("sentences").EnumerateArray())
        {
            foreach (JsonElement token in sentence.GetProperty("tokens").EnumerateArray())
            {
                int start = token.GetProperty("start").GetInt32(), end = token.GetProperty("end").GetInt32();
                Assert.Equal(token.GetProperty("text").GetString(), normalised[start..end]);
                tokens++;
            }
        }

        Assert.True(tokens >= 10, $"only {tokens} tokens");
        Assert.Contains("Łódź", result.Stdout);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    public void Byte_order_marks_are_honoured_and_not_part_of_the_text(string form)
    {
        const string text = "Żołnierze wrócili do koszar.\r\nDowódca pochwalił ich 😀 postawę.";
        byte[] bytes = form switch
        {
            "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text)],
            "utf-16le-bom" => [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes(text)],
            _ => [0xFE, 0xFF, .. System.Text.Encoding.BigEndianUnicode.GetBytes(text)],
        };

        CliResult result = KronikaProcess.Run(["analyze", "--format", "json", _files.Write("bom.txt", bytes)]);

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        List<JsonElement> tokens = json.RootElement.GetProperty("sentences").EnumerateArray()
            .SelectMany(s => s.GetProperty("tokens").EnumerateArray()).ToList();
        Assert.Equal("Żołnierze", tokens[0].GetProperty("text").GetString());
        Assert.Equal(0, tokens[0].GetProperty("start").GetInt32());
        Assert.All(tokens, t => Assert.Equal(t.GetProperty("text").GetString(), text[t.GetProperty("start").GetInt32()..t.GetProperty("end").GetInt32()]));
        Assert.Contains(tokens, t => t.GetProperty("text").GetString() == "postawę");
    }

    [Fact]
    public void Conllu_word_lines_have_ten_columns()
    {
        CliResult result = KronikaProcess.Run(["analyze", "--format", "conllu", _files.Write("a.txt", Article)]);

        Assert.Equal(0, result.ExitCode);
        string[] wordLines = result.Stdout.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
        Assert.NotEmpty(wordLines);
        Assert.All(wordLines, line => Assert.Equal(10, line.Split('\t').Length));
        Assert.Contains(wordLines, l => l.Split('\t') is [_, "Putinowi", "Putin", "PROPN" or "NOUN", ..]);
    }

    [Fact]
    public void Standard_input_is_read_for_a_dash()
    {
        CliResult result = KronikaProcess.Run(["analyze", "-"], stdin: "Kot śpi na kanapie.\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("śpi\tspać\t", result.Stdout);
        Assert.Contains("kanapie\tkanapa\t", result.Stdout);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        CliResult result = KronikaProcess.Run(["analyze", "--format", "xml", _files.Write("a.txt", Article)]);

        Assert.Equal(64, result.ExitCode);
        Assert.Equal("", result.Stdout);
    }
}
