using Kronika.Core;
using Kronika.Core.Text;
using Kronika.Polish.Tests.Tagging;

namespace Kronika.Polish.Tests.Quotes;

/// <summary>
/// The acceptance check on the seed article: every direct quotation with its speaker, the two quoted
/// phrases nobody is named for with none. The names are given as a recogniser would find them, so that
/// only the resolver and the quotation finder are tested.
/// </summary>
public sealed class SeedArticleQuoteTests
{
    [Fact]
    public void Every_direct_quotation_has_its_speaker_and_the_unattributed_phrases_have_none()
    {
        string? path = SharedFiles.Find(Path.Combine("seed", "000_038ae2f5eb9c90db.txt"));
        if (path is null)
        {
            return;
        }

        string text = File.ReadAllText(path);
        (string, EntityType)[] names =
        [
            ("Rosji", EntityType.Country), ("Korei Północnej", EntityType.Country), ("Rosji", EntityType.Country), ("Władimira Putina", EntityType.Person),
            ("Korei Północnej", EntityType.Country), ("Kim", EntityType.Person), ("Moskwy", EntityType.Location), ("Ukrainę", EntityType.Country),
            ("Putinowi", EntityType.Person), ("Pjongjangu", EntityType.Location), ("Siergiej Ławrow", EntityType.Person), ("Andriej Biełousow", EntityType.Person),
            ("Pałacu Kumsusan", EntityType.Location), ("Pjongjangu", EntityType.Location), ("USA", EntityType.Country), ("Antony Blinken", EntityType.Person),
            ("Putina", EntityType.Person), ("Pjongjangu", EntityType.Location), ("Moskwy", EntityType.Location), ("Ukrainie", EntityType.Country),
            ("Putin", EntityType.Person), ("Kimem", EntityType.Person), ("Pjongjangu", EntityType.Location), ("Korei Północnej", EntityType.Country),
            ("Putin", EntityType.Person), ("Hanoi", EntityType.Location), ("Rosja", EntityType.Country), ("Ukrainę", EntityType.Country),
            ("Moskwa", EntityType.Location), ("Pjongjangiem", EntityType.Location), ("Waszyngtonie", EntityType.Location),
            ("Rosja", EntityType.Country), ("Korea Północna", EntityType.Country), ("USA", EntityType.Country), ("Pjongjang", EntityType.Location), ("Moskwie", EntityType.Location),
            ("Ukrainie", EntityType.Country), ("Putin", EntityType.Person), ("Kim", EntityType.Person), ("USA", EntityType.Country), ("Jake Sullivan", EntityType.Person),
            ("Pjongjang", EntityType.Location), ("Rosja", EntityType.Country), ("Putina", EntityType.Person), ("Pjongjangu", EntityType.Location),
            ("Departamentu Stanu USA", EntityType.Organization), ("Korea Północna", EntityType.Country), ("Rosji", EntityType.Country),
            ("Moskwa", EntityType.Location), ("Pjongjang", EntityType.Location), ("Kijowa", EntityType.Location), ("Ukrainie", EntityType.Country),
            ("Pjongjangu", EntityType.Location), ("Putin", EntityType.Person), ("NATO", EntityType.Organization), ("Stanów Zjednoczonych", EntityType.Country),
            ("Ukrainie", EntityType.Country), ("Rosji", EntityType.Country), ("Putin", EntityType.Person),
        ];
        Document document = QuoteSpecTests.Analyse(text, names, new DateOnly(2024, 6, 20));
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
