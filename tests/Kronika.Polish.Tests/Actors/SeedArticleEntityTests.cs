using Kronika.Core;
using Kronika.Core.Input;
using Kronika.Core.Output;
using Kronika.Polish.Tests.Tagging;

namespace Kronika.Polish.Tests.Actors;

/// <summary>
/// The entities of the seed article (read by path, skipped when absent), dated 2024-06-20: one entity for
/// each actor and place the issue names, with its mentions under it. A smoke test of the whole entity
/// stage, not its measure of quality (that is `kronika eval ner` on held-out corpora).
/// </summary>
public sealed class SeedArticleEntityTests
{
    private static readonly Lazy<ExtractionResult?> Seed = new(() =>
        SeedArticle.Document is { } document ? ExtractionResultBuilder.From(document) : null);

    [Theory]
    [InlineData("Władimir Putin", "PERSON", "RUS", "RUSGOV", new[] { "Władimira Putina", "Putinowi", "Putin", "Rosyjski przywódca", "rosyjskiego przywódcy", "prezydenta Rosji" })]
    [InlineData("Kim Dzong Un", "PERSON", "PRK", "PRKGOV", new[] { "Kim", "Kimem", "północnokoreański przywódca" })]
    [InlineData("Siergiej Ławrow", "PERSON", "RUS", "RUSGOV", new[] { "Siergiej Ławrow" })]
    [InlineData("Andriej Biełousow", "PERSON", "RUS", "RUSGOV", new[] { "Andriej Biełousow" })]
    [InlineData("Antony Blinken", "PERSON", "USA", "USAGOV", new[] { "Antony Blinken", "Sekretarz stanu USA" })]
    [InlineData("Jake Sullivan", "PERSON", "USA", "USAGOV", new[] { "Jake Sullivan" })]
    [InlineData("Rosja", "COUNTRY", "RUS", "RUS", new[] { "Rosji", "Rosja", "Moskwa", "Moskwy" })]
    [InlineData("Korea Północna", "COUNTRY", "PRK", "PRK", new[] { "Korei Północnej", "Korea Północna", "Pjongjang" })]
    [InlineData("Stany Zjednoczone", "COUNTRY", "USA", "USA", new[] { "USA", "Stanów Zjednoczonych" })]
    [InlineData("Ukraina", "COUNTRY", "UKR", "UKR", new[] { "Ukrainę", "Ukrainie", "Kijowa" })]
    [InlineData("Wietnam", "COUNTRY", "VNM", "VNM", new[] { "wietnamskimi" })]
    [InlineData("Pjongjang", "LOCATION", "PRK", null, new[] { "Pjongjangu" })]
    [InlineData("Hanoi", "LOCATION", "VNM", null, new[] { "Hanoi" })]
    [InlineData("Pałac Kumsusan", "LOCATION", null, null, new[] { "Pałacu Kumsusan" })]
    [InlineData("Organizacja Traktatu Północnoatlantyckiego", "ORGANIZATION", null, "IGONAT", new[] { "NATO" })]
    [InlineData("Departament Stanu", "ORGANIZATION", "USA", "USAGOV", new[] { "Departamentu Stanu USA" })]
    public void Each_actor_is_one_entity_with_its_mentions(string name, string type, string? country, string? actor, string[] mentions)
    {
        if (Seed.Value is not { } result)
        {
            return;
        }

        EntityRecord entity = Assert.Single(result.Entities, e => e.Name == name);
        Assert.Equal((type, country, actor), (entity.Type, entity.Country, entity.Actor));
        foreach (string mention in mentions)
        {
            Assert.Contains(mention, entity.Mentions.Select(m => m.Text));
        }
    }

    [Fact]
    public void The_unnamed_spokesman_speaks_for_the_US_government()
    {
        if (Seed.Value is not { } result)
        {
            return;
        }

        EntityRecord spokesman = Assert.Single(result.Entities, e => e.Mentions.Any(m => m.Text == "rzecznik Departamentu Stanu USA"));
        Assert.Equal(("PERSON", "USA", "USAGOV"), (spokesman.Type, spokesman.Country, spokesman.Actor));
    }

    [Fact]
    public void Both_leaders_are_Putin_and_Kim()
    {
        if (Seed.Value is not { } result)
        {
            return;
        }

        string[] referents = [.. result.Entities.Where(e => e.Mentions.Any(m => m.Text == "obaj przywódcy")).Select(e => e.Name).Order()];
        Assert.Equal(["Kim Dzong Un", "Władimir Putin"], referents);
    }

    [Fact]
    public void Every_mention_is_the_exact_text_of_its_span()
    {
        if (Seed.Value is not { } result)
        {
            return;
        }

        string text = SeedArticle.Document!.Text;
        Assert.All(result.Entities.SelectMany(e => e.Mentions), m => Assert.Equal(text[m.Start..m.End], m.Text));
    }
}
