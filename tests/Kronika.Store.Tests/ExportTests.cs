using System.Text.Json;
using Kronika.Store.Export;

namespace Kronika.Store.Tests;

public sealed class ExportTests(SampleArchiveFixture samples) : IClassFixture<SampleArchiveFixture>
{
    private readonly IArchiveStore store = samples.Store;

    [Fact]
    public void The_GDELT_table_has_its_61_columns_in_order()
    {
        Assert.Equal(61, GdeltEventExport.Columns.Count);
        Assert.Equal(["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate", "Actor1Code"], GdeltEventExport.Columns.Take(6));
        Assert.Equal("IsRootEvent", GdeltEventExport.Columns[25]);
        Assert.Equal("NumMentions", GdeltEventExport.Columns[31]);
        Assert.Equal("ActionGeo_Type", GdeltEventExport.Columns[51]);
        Assert.Equal(["DATEADDED", "SOURCEURL"], GdeltEventExport.Columns.TakeLast(2));
    }

    [Fact]
    public void Each_event_is_one_GDELT_row_filled_where_Kronika_has_the_field()
    {
        var output = new StringWriter();
        int count = GdeltEventExport.Write(store, output);
        string[] rows = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(store.Stats().Events, count);
        Assert.Equal(count, rows.Length);
        Assert.All(rows, r => Assert.Equal(61, r.Split('\t').Length));

        ArchiveEvent meeting = store.Events(new EventQuery(Type: "CONSULT")).Items.Single();
        string[] row = rows.Select(r => r.Split('\t')).Single(r => r[0] == meeting.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Dictionary<string, string> field = GdeltEventExport.Columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => row[x.i]);
        Assert.Equal("20261124", field["Day"]);
        Assert.Equal("202611", field["MonthYear"]);
        Assert.Equal("2026", field["Year"]);
        Assert.Equal("2026.8986", field["FractionDate"]);
        Assert.Equal("POLGOV", field["Actor1Code"]);
        Assert.Equal("KAROL NAWROCKI", field["Actor1Name"]);
        Assert.Equal("POL", field["Actor1CountryCode"]);
        Assert.Equal("GOV", field["Actor1Type1Code"]);
        Assert.Equal("LTU", field["Actor2CountryCode"]);
        Assert.Equal(("040", "040", "04", "1"), (field["EventCode"], field["EventBaseCode"], field["EventRootCode"], field["QuadClass"]));
        Assert.Equal(("4", "4", "4"), (field["NumMentions"], field["NumSources"], field["NumArticles"]));
        Assert.Equal("Wilno", field["ActionGeo_FullName"]);
        Assert.Equal("1", field["IsRootEvent"]);
        Assert.Equal(14, field["DATEADDED"].Length);
        Assert.StartsWith("https://", field["SOURCEURL"], StringComparison.Ordinal);
        Assert.Equal("", field["GoldsteinScale"]);
        Assert.Equal("", field["AvgTone"]);
    }

    [Theory]
    [InlineData("010", 1)]
    [InlineData("057", 1)]
    [InlineData("061", 2)]
    [InlineData("090", 2)]
    [InlineData("112", 3)]
    [InlineData("141", 3)]
    [InlineData("150", 4)]
    [InlineData("194", 4)]
    [InlineData("204", 4)]
    public void QuadClass_follows_the_CAMEO_root(string cameo, int quad) => Assert.Equal(quad, GdeltEventExport.QuadClass(cameo));

    [Fact]
    public void JSON_Lines_export_one_event_per_line_with_its_reports()
    {
        var output = new StringWriter();
        int count = JsonLinesExport.Write(store, output);
        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(count, lines.Length);
        foreach (string line in lines)
        {
            ArchiveEvent e = JsonSerializer.Deserialize(line, ArchiveJsonContext.Default.ArchiveEvent)!;
            Assert.Equal(e.NumMentions, e.Mentions.Count);
        }

        Assert.Contains("\"numSources\":4", output.ToString(), StringComparison.Ordinal);
    }
}
