using Kronika.Core;

namespace Kronika.Polish.Tests.Quotes;

/// <summary>
/// The acceptance check on the seed article: every direct quotation with its speaker, the two quoted
/// phrases nobody is named for with none, through the whole extraction pipeline (recogniser, resolver,
/// quotation finder).
/// </summary>
public sealed class SeedArticleQuoteTests
{
    [Fact]
    public void Every_direct_quotation_has_its_speaker_and_the_unattributed_phrases_have_none()
    {
        if (SeedArticle.Document is not { } document)
        {
            return;
        }

        string[] direct = [.. document.Quotes.Where(q => q.Direct).Select(q => QuoteSpecTests.Describe(document, q))];
        Assert.Equal(
            [
                "strategicznym partnerstwie | direct | null",
                "przełomowe | direct | Władimir Putin",
                "pokojowy i defensywny | direct | Kim Dzong Un",
                "do poziomu sojuszu | direct | Kim Dzong Un",
                "Nie mam wątpliwości, że będzie to siła napędowa w kierunku ustanowienia nowego wielobiegunowego świata | direct | Kim Dzong Un",
                "niezachwiane poparcie | direct | Kim Dzong Un",
                "desperację | direct | Antony Blinken",
                "z krajami, które mogą zapewnić jej to, czego potrzebuje, aby kontynuować agresywną wojnę przeciwko Ukrainie | direct | Antony Blinken",
                "interakcję wojskową i dyskusję o pilnych kwestiach bezpieczeństwa | direct | null",
                "zapłaci cenę | direct | Jake Sullivan",
                "dziesiątki rakiet balistycznych | direct | rzecznik Departamentu Stanu USA",
                "To nie są tylko puste oświadczenia [zachodnich urzędników] | direct | Władimir Putin",
                "To już się dzieje. | direct | Władimir Putin",
            ],
            direct);
    }
}
