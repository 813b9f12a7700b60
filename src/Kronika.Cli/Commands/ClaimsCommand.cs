using System.CommandLine;
using Kronika.Cli.Output;
using Kronika.Store;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika claims</c>: claims with all their reports and denials.</summary>
internal static class ClaimsCommand
{
    public static Command Create()
    {
        var denied = new Option<bool>("--denied") { Description = "Only claims that some article reports as denied." };
        var actor = new Option<string?>("--actor") { Description = "Who makes the claim or whom it is about." };
        return ArchiveOptions.Command("claims", "List claims, each with every outlet's report of it and every denial.", (options, parse, store, output) =>
        {
            bool? onlyDenied = parse.GetValue(denied) ? true : null;
            Page<ArchiveClaim> page = store.Claims(new ClaimQuery(onlyDenied, parse.GetValue(actor), options.Page(parse)));
            var table = new QueryTable(
                ["id", "event", "claimed by", "reports", "denied by", "text"],
                [.. page.Items.Select(c => new[]
                {
                    QueryOutput.Number(c.Id), QueryOutput.Number(c.EventId), QueryOutput.Names(c.Claimants), QueryOutput.Number(c.Reports.Count),
                    QueryOutput.Names(c.Denials.SelectMany(d => d.DeniedBy).DistinctBy(d => d.Id)), c.Text,
                })]);
            QueryOutput.Write(page, parse.GetValue(options.Format)!, table, output);
            return ExitCodes.Success;
        }, denied, actor);
    }
}
