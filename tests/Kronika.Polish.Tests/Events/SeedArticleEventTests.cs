using Kronika.Core;

namespace Kronika.Polish.Tests.Events;

/// <summary>
/// The issue's acceptance check on the seed article (dated 2024-06-20): each event it lists, written as the
/// event specs write them (<see cref="EventLines"/>), through the whole extraction pipeline.
/// </summary>
public sealed class SeedArticleEventTests
{
    [Theory]
    [InlineData("the treaty signed in Pjongjang", "AGREE 057 | PRK+RUS -> PRK+RUS | 2024-06-19 | asserted")]
    [InlineData("Putin's arrival in Pjongjang", "CONSULT/visit 042 | RUS -> PRK | 2024-06-18 | asserted")]
    [InlineData("the talks in Pałac Kumsusan", "CONSULT 040 | PRK+RUS -> PRK+RUS | 2024-06-19 | asserted | in Pałac Kumsusan")]
    [InlineData("the journey to Hanoi", "CONSULT/visit 042 | RUS -> VNM | 2024-06-19 | asserted | in Hanoi")]
    [InlineData("Kim's support for Moscow", "SUPPORT 051 | PRK -> RUS |")]
    [InlineData("Blinken's criticism", "ACCUSE/disapprove 111 | USA -> RUS |")]
    [InlineData("Sullivan's warning", "THREATEN 130 | USA -> PRK |")]
    [InlineData("the missiles the State Department says North Korea gave", "AID 070 | PRK -> RUS | 2024-06-17 | claimed | by USA")]
    [InlineData("the denial by Moscow and Pjongjang", "REJECT 016 | PRK+RUS -> USA |")]
    [InlineData("the weapons Russian officials say the West gave Ukraine", "AID 072 | - -> UKR | 2022 | claimed | by RUS")]
    public void Holds_the_event(string what, string expected)
    {
        if (SeedArticle.Document is not { } document)
        {
            return;
        }

        List<string> lines = EventLines.Of(document);
        Assert.True(lines.Any(l => l.StartsWith(expected, StringComparison.Ordinal)), $"{what}: no event line starts with\n  {expected}\nfound:\n  {string.Join("\n  ", lines)}");
    }

    [Fact]
    public void Sullivans_warning_is_conditional_and_the_denial_answers_the_claim()
    {
        if (SeedArticle.Document is not { } document)
        {
            return;
        }

        List<string> lines = EventLines.Of(document);
        Assert.Contains(lines, l => l.StartsWith("THREATEN 130 | USA -> PRK | ", StringComparison.Ordinal) && l.Contains("| conditional", StringComparison.Ordinal));
        Assert.Contains("claim AID | USA | denied by PRK+RUS", lines);
    }
}
