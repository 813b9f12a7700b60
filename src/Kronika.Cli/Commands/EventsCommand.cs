using System.CommandLine;
using Kronika.Cli.Output;
using Kronika.Store;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika events</c>: the archive's events, merged across articles, filtered and paged.</summary>
internal static class EventsCommand
{
    public static Command Create()
    {
        var actor = new Option<string?>("--actor") { Description = "An actor on either side: archive id, knowledge-base id or name (any case, diacritics optional)." };
        var type = new Option<string?>("--type") { Description = "PLOVER event type (CONSULT) or CAMEO code prefix (04)." };
        var from = new Option<string?>("--from") { Description = "Events on or after this day (YYYY-MM-DD)." };
        var to = new Option<string?>("--to") { Description = "Events on or before this day (YYYY-MM-DD)." };
        var country = new Option<string?>("--country") { Description = "ISO 3166-1 alpha-3 code of an actor or of the place." };
        var status = new Option<string?>("--status") { Description = "asserted, negated, claimed, denied, hypothetical, conditional or future." };
        return ArchiveOptions.Command("events", "List the archive's events: each one merged from every article that reports it.", (options, parse, store, output) =>
        {
            var query = new EventQuery(
                parse.GetValue(actor), parse.GetValue(type),
                ArchiveOptions.ParseDate("--from", parse.GetValue(from)), ArchiveOptions.ParseDate("--to", parse.GetValue(to)),
                parse.GetValue(country), parse.GetValue(status), options.Page(parse));
            Page<ArchiveEvent> page = store.Events(query);
            QueryOutput.Write(page, parse.GetValue(options.Format)!, Table(page.Items), output);
            return ExitCodes.Success;
        }, actor, type, from, to, country, status);
    }

    private static QueryTable Table(IReadOnlyList<ArchiveEvent> events) => new(
        ["id", "date", "type", "cameo", "source", "target", "place", "status", "mentions", "sources", "articles"],
        [.. events.Select(e => new[]
        {
            QueryOutput.Number(e.Id), e.Date ?? "", e.Mode is null ? e.Type : e.Type + "/" + e.Mode, e.Cameo ?? "",
            QueryOutput.Names(e.Source), QueryOutput.Names(e.Target), e.Location?.Name ?? "", e.Status,
            QueryOutput.Number(e.NumMentions), QueryOutput.Number(e.NumSources), QueryOutput.Number(e.NumArticles),
        })]);
}
