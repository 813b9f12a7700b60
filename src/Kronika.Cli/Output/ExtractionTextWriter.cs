using System.Collections.Immutable;
using Kronika.Core.Output;

namespace Kronika.Cli.Output;

/// <summary>
/// The extraction record as a person reads it: a heading with the counts, then the quotations grouped by
/// speaker in the order each speaker first speaks, the unattributed ones last.
/// </summary>
public static class ExtractionTextWriter
{
    public static void Write(ExtractionResult result, TextWriter output)
    {
        output.WriteLine($"# {result.Document.Source} ({result.Document.Date ?? "undated"}), sha256 {result.Document.Sha256[..12]}");
        output.WriteLine($"entities: {result.Entities.Length}, times: {result.Times.Length}, quotes: {result.Quotes.Length}, events: {result.Events.Length}, claims: {result.Claims.Length}");
        output.WriteLine();
        EventTimelineFormatter.WriteEvents(result, output);
        WriteQuotes(result, output);
        EventTimelineFormatter.WriteClaims(result, output);
    }

    private static void WriteQuotes(ExtractionResult result, TextWriter output)
    {
        if (result.Quotes.IsEmpty)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("## Quotations");
        var names = result.Entities.ToDictionary(e => e.Id, e => e.Name);
        IEnumerable<IGrouping<string?, QuoteRecord>> bySpeaker = result.Quotes
            .GroupBy(q => q.Speaker)
            .OrderBy(g => g.Key is null ? 1 : 0);
        foreach (IGrouping<string?, QuoteRecord> group in bySpeaker)
        {
            output.WriteLine();
            output.WriteLine(group.Key is { } id ? $"{names.GetValueOrDefault(id, id)} ({id})" : "(no speaker named)");
            foreach (QuoteRecord quote in group)
            {
                output.WriteLine($"  {(quote.Direct ? $"„{quote.Text}”" : $"[indirect] {quote.Text}")}{Attribution(quote)}");
            }
        }
    }

    /// <summary>The words the attribution rests on: <c> — powiedział, rosyjski przywódca</c>.</summary>
    private static string Attribution(QuoteRecord quote)
    {
        ImmutableArray<string> words = [.. new[] { quote.Cue, quote.SpeakerText }.OfType<string>()];
        return words.IsEmpty ? string.Empty : " — " + string.Join(", ", words);
    }
}
