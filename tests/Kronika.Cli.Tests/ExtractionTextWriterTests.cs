using Kronika.Cli.Output;
using Kronika.Core.Output;

namespace Kronika.Cli.Tests;

public sealed class ExtractionTextWriterTests
{
    [Fact]
    public void Quotations_are_grouped_by_speaker_with_the_unattributed_last()
    {
        var result = new ExtractionResult(
            ExtractionResult.SchemaName,
            new DocumentRecord("d1", "a.txt", null, "pl", "2024-06-20", "0123456789abcdef"),
            [
                new EntityRecord("e1", "PERSON", "Władimir Putin", "RUS", "RUSGOV", null, [], []),
                new EntityRecord("e2", "PERSON", "Kim Dzong Un", "PRK", "PRKGOV", null, [], []),
            ],
            [],
            [
                new QuoteRecord("q1", 0, 5, "Pakt chroni", false, "e1", "Władimira Putina", "Według"),
                new QuoteRecord("q2", 10, 20, "strategicznym partnerstwie", true, null, null, null),
                new QuoteRecord("q3", 30, 40, "Nie mam wątpliwości", true, "e2", "północnokoreański przywódca", "powiedział"),
                new QuoteRecord("q4", 50, 60, "To już się dzieje.", true, "e1", "Putin", "powiedział"),
            ],
            [],
            []);
        using var output = new StringWriter();

        ExtractionTextWriter.Write(result, output);

        string[] lines = output.ToString().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                "## Quotations",
                "Władimir Putin (e1)",
                "[indirect] Pakt chroni — Według, Władimira Putina",
                "„To już się dzieje.” — powiedział, Putin",
                "Kim Dzong Un (e2)",
                "„Nie mam wątpliwości” — powiedział, północnokoreański przywódca",
                "(no speaker named)",
                "„strategicznym partnerstwie”",
            ],
            lines[Array.IndexOf(lines, "## Quotations")..]);
        Assert.True(Array.IndexOf(lines, "## Events") is > 0 and var events && events < Array.IndexOf(lines, "## Quotations"), "the timeline comes before the quotations");
    }
}
