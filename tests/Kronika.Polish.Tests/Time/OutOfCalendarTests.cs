using Kronika.Core;
using Kronika.Core.Output;
using Kronika.Polish.Tests.Tagging;

namespace Kronika.Polish.Tests.Time;

/// <summary>
/// Dates the calendar cannot hold and digits that are not clean numbers (found by fuzzing: each threw out of
/// the time stage and ended the whole extraction). The expression is found with no value, or not found.
/// </summary>
public sealed class OutOfCalendarTests
{
    [Theory]
    [InlineData("Spotkanie odbyło się 0000-01-01.", "0000-01-01 | DATE | ")]
    [InlineData("Spotkanie zaplanowano na 9999-12-31, a ogłoszenie dzień później.", "9999-12-31 | DATE | 9999-12-31", "dzień później | DATE | ")]
    [InlineData("Wniosek złożono 2024-06-20\u0301 w urzędzie.")]
    [InlineData("Wniosek złożono 20/06/2024\u0301 w urzędzie.")]
    public void Is_found_without_a_value_or_not_at_all(string text, params string[] expected)
    {
        Document document = LoadedPolish.Language.CreateExtractionPipeline().Process(
            Document.Create(text, new DocumentInfo(Date: new DateOnly(2024, 6, 20))));

        Assert.Equal(expected, ExtractionResultBuilder.From(document).Times.Select(t => $"{t.Text} | {t.Type} | {t.Value}"));
    }
}
