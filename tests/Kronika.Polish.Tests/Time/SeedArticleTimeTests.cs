using Kronika.Core;
using Kronika.Core.Input;
using Kronika.Core.Output;
using Kronika.Polish.Tests.Tagging;

namespace Kronika.Polish.Tests.Time;

/// <summary>The seed article of the shared folder (read by path, skipped when absent), dated 2024-06-20.</summary>
public sealed class SeedArticleTimeTests
{
    [Fact]
    public void Seed_article_times_are_normalised()
    {
        if (SeedArticle.Document is not { } document)
        {
            return;
        }

        List<TimeRecord> times = [.. ExtractionResultBuilder.From(document).Times];
        (string Phrase, string Type, string Value)[] expected =
        [
            ("19 czerwca", "DATE", "2024-06-19"),
            ("dzień wcześniej", "DATE", "2024-06-18"),
            ("18 czerwca", "DATE", "2024-06-18"),
            ("na początku tego tygodnia", "DATE", "2024-W25"),
            ("19 czerwca wieczorem", "TIME", "2024-06-19TEV"),
            ("na początku 2022 roku", "DATE", "2022"),
            ("zeszłorocznym", "DATE", "2023"),
            ("W przeddzień", "DATE", "2024-06-17"),
            ("2022 r.", "DATE", "2022"),
            ("trzeci rok", "DURATION", "P3Y"),
            ("24 lat", "DURATION", "P24Y"),
            ("niedawno", "DATE", "PAST_REF"),
        ];
        foreach ((string phrase, string type, string value) in expected)
        {
            Assert.Contains(times, t => t.Text == phrase && t.Type == type && t.Value == value);
            int at = times.FindIndex(t => t.Text == phrase && t.Value == value);
            times.RemoveAt(at);
        }

        Assert.All(times, t => Assert.Equal(document.Text[t.Start..t.End], t.Text));
    }
}
