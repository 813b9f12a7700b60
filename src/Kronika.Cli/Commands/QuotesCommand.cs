using System.CommandLine;
using Kronika.Cli.Output;
using Kronika.Store;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika quotes</c>: quotations, by speaker and words.</summary>
internal static class QuotesCommand
{
    public static Command Create()
    {
        var speaker = new Option<string?>("--speaker") { Description = "The speaker: archive id, knowledge-base id or name." };
        var text = new Option<string?>("--text") { Description = "Words the quotation contains (each word as a prefix; diacritics optional)." };
        return ArchiveOptions.Command("quotes", "List quotations with their speakers.", (options, parse, store, output) =>
        {
            Page<ArchiveQuote> page = store.Quotes(new QuoteQuery(parse.GetValue(speaker), parse.GetValue(text), options.Page(parse)));
            var table = new QueryTable(
                ["id", "date", "outlet", "speaker", "direct", "text"],
                [.. page.Items.Select(q => new[]
                {
                    QueryOutput.Number(q.Id), q.Date ?? "", q.Outlet ?? "", q.Speaker?.Name ?? q.SpeakerText ?? "", q.Direct ? "yes" : "no", q.Text,
                })]);
            QueryOutput.Write(page, parse.GetValue(options.Format)!, table, output);
            return ExitCodes.Success;
        }, speaker, text);
    }
}
