using Kronika.Polish.Evaluation;
using Kronika.Polish.Tests.Tagging;

namespace Kronika.Polish.Tests.Time;

/// <summary>The evaluation behind <c>kronika eval timex</c>, on a tiny CCL file and a tiny Duckling file written here.</summary>
public sealed class TimexEvaluatorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kronika-timex-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Tok(string orth, string chan = "", int number = 0, string? val = null) =>
        $"<tok><orth>{orth}</orth><lex disamb=\"1\"><base>{orth}</base><ctag>x</ctag></lex>"
        + (chan.Length > 0 ? $"<ann chan=\"{chan}\">{number}</ann>" : "")
        + (val is null ? "" : $"<prop key=\"{chan}:val\">{val}</prop>") + "</tok>";

    [Fact]
    public void Scores_a_ccl_file_against_its_gold_expressions()
    {
        string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><chunkList><chunk id=\"ch1\"><sentence id=\"s1\">"
            + Tok("Wczoraj", "t3_date", 1, "2024-06-19") + Tok("rząd") + Tok("obradował") + Tok("przez", "t3_duration", 1, "P3H")
            + Tok("trzy", "t3_duration", 1) + Tok("godziny", "t3_duration", 1) + "<ns/>" + Tok(".")
            + "</sentence></chunk></chunkList>";
        string path = Path.Combine(_folder, "00000001.xml");
        File.WriteAllText(path, xml);
        File.WriteAllText(Path.ChangeExtension(path, ".ini"), "[document]\ndate = 2024-06-20\n");

        TimexGoldDocument gold = TimexEvaluator.ReadCcl(path);
        Assert.Equal("Wczoraj rząd obradował przez trzy godziny.", gold.Text);
        Assert.Equal(new DateOnly(2024, 6, 20), gold.Date);
        Assert.Equal([new TimexSpan(0, 7, "DATE", "2024-06-19"), new TimexSpan(23, 41, "DURATION", "P3H")], gold.Gold);

        TimexScores scores = TimexEvaluator.Score(LoadedPolish.Language.CreateExtractionPipeline(), [gold]);
        Assert.Equal(2, scores.Gold);
        Assert.Equal(2, scores.Relaxed);
        Assert.Equal(1.0, scores.TypeAccuracy);
        Assert.Equal(0.5, scores.ValueAccuracy); // PT3H from the tagger against the corpus's P3H
        Assert.False(TimexEvaluator.IsHeldOut(path));
        Assert.True(TimexEvaluator.IsHeldOut(Path.Combine(_folder, "00100615.xml")));
    }

    [Fact]
    public void Follows_kpwr_conventions_for_vague_references_sets_and_vague_amounts()
    {
        string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><chunkList><chunk id=\"ch1\"><sentence id=\"s1\">"
            + Tok("Teraz") + Tok("spotykają") + Tok("się") + Tok("co", "t3_set", 1) + Tok("tydzień", "t3_set", 1) + Tok("od")
            + Tok("kilku", "t3_duration", 1, "VAGUE") + Tok("lat", "t3_duration", 1) + "<ns/>" + Tok(".")
            + "</sentence></chunk></chunkList>";
        string path = Path.Combine(_folder, "00000002.xml");
        File.WriteAllText(path, xml);
        File.WriteAllText(Path.ChangeExtension(path, ".ini"), "[document]\ndate = 2024-06-20\n");

        TimexScores scores = TimexEvaluator.Score(LoadedPolish.Language.CreateExtractionPipeline(), [TimexEvaluator.ReadCcl(path)]);
        Assert.Equal(1, scores.Unscored); // "Teraz" (PRESENT_REF) is not held against precision
        Assert.Equal(2, scores.System);
        Assert.Equal(2, scores.Strict);
        Assert.Equal(1, scores.ValueScored); // the set has no gold value
        Assert.Equal(1.0, scores.ValueAccuracy); // PXY is KPWr's VAGUE
    }

    [Fact]
    public void Reads_duckling_examples_and_skips_what_it_cannot_interpret()
    {
        string path = Path.Combine(_folder, "Time_PL_Corpus.hs");
        File.WriteAllText(path, """
            allExamples = concat
              [ examples (datetime (2013, 2, 11, 0, 0, 0) Day)
                         [ "wczoraj"
                         ]
              , examples (datetimeInterval ((2013, 2, 12, 18, 0, 0), (2013, 2, 13, 0, 0, 0)) Hour)
                         [ "dziś wieczorem"
                         ]
              , examples (datetimeHoliday (2013, 12, 24, 0, 0, 0) Day "Christmas Eve")
                         [ "Wigilia"
                         ]
              , examples (datetimeInterval ((2013, 2, 10, 0, 0, 0), (2013, 2, 12, 0, 0, 0)) Day)
                         [ "ostatnie 2 dni"
                         ]
              ]
            """);
        (List<TimexEvaluator.DucklingExample> examples, int skipped) = TimexEvaluator.ReadDuckling(path);
        Assert.Equal(
            [
                new TimexEvaluator.DucklingExample("wczoraj", "2013-02-11"),
                new TimexEvaluator.DucklingExample("dziś wieczorem", "2013-02-12TEV"),
                new TimexEvaluator.DucklingExample("Wigilia", "2013-12-24"),
            ],
            examples);
        Assert.Equal(1, skipped); // a span of two days has no single TIMEX3 value
        (int correct, int total, _) = TimexEvaluator.ScoreDuckling(LoadedPolish.Language.CreateExtractionPipeline(), examples);
        Assert.Equal((3, 3), (correct, total));
    }
}
