using System.CommandLine;
using Kronika.Cli.Output;
using Kronika.Store;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika search WORDS</c>: full-text search over articles, quotations and claims.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var words = new Argument<string[]>("WORDS") { Description = "Words that must all occur (each as a prefix; diacritics optional).", Arity = ArgumentArity.OneOrMore };
        return ArchiveOptions.Command("search", "Search the text of articles, quotations and claims.", (options, parse, store, output) =>
        {
            Page<SearchHit> page = store.Search(string.Join(' ', parse.GetValue(words)!), options.Page(parse));
            var table = new QueryTable(
                ["kind", "id", "document", "title", "snippet"],
                [.. page.Items.Select(h => new[] { h.Kind, QueryOutput.Number(h.Id), QueryOutput.Number(h.DocumentId), h.DocumentTitle ?? "", h.Snippet })]);
            QueryOutput.Write(page, parse.GetValue(options.Format)!, table, output);
            return ExitCodes.Success;
        }, words);
    }
}
