using System.Text;
using Kronika.Core.Output;
using Kronika.Polish.Evaluation;

namespace Kronika.Polish.Tests.Evaluation;

/// <summary>The team's gold set (eval/gold) is consistent: every text is its slice, every id resolves, every date is set.</summary>
public sealed class GoldSetTests
{
    private static string GoldFolder()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "eval", "gold");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("eval/gold not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Every_gold_record_agrees_with_its_article()
    {
        IReadOnlyList<ExtractionGoldDocument> documents = ExtractionEvaluator.ReadGoldSet(GoldFolder());
        Assert.True(documents.Count >= 10, $"only {documents.Count} gold articles");
        foreach (ExtractionGoldDocument document in documents)
        {
            string text = File.ReadAllText(document.TextPath, Encoding.UTF8).Normalize(NormalizationForm.FormC);
            ExtractionResult gold = document.Gold;
            Assert.Equal(ExtractionResult.SchemaName, gold.Schema);
            Assert.NotNull(gold.Document.Date);
            var entities = gold.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            foreach (EntityRecord entity in gold.Entities)
            {
                Assert.NotEmpty(entity.Mentions);
                Assert.All(entity.Mentions, m => Assert.Equal(m.Text, text[m.Start..m.End]));
            }

            foreach (QuoteRecord quote in gold.Quotes)
            {
                Assert.Equal(quote.Text, text[quote.Start..quote.End]);
                Assert.True(quote.Speaker is null || entities.Contains(quote.Speaker), $"{document.Name} {quote.Id}");
            }

            var events = gold.Events.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            foreach (EventRecord e in gold.Events)
            {
                Assert.Equal(e.Trigger.Text, text[e.Trigger.Start..e.Trigger.End]);
                Assert.All(e.Source.Concat(e.Target).Concat(e.ClaimedBy), id => Assert.Contains(id, entities));
            }

            Assert.All(gold.Claims, c => Assert.Contains(c.Event, events));
            Assert.All(gold.Claims.SelectMany(c => c.Claimants.Concat(c.DeniedBy)), id => Assert.Contains(id, entities));
        }
    }
}
