using System.CommandLine;
using Kronika.Cli.Output;
using Kronika.Store;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika entity NAME</c>: one actor's record — its names, roles and the actors it deals with most.</summary>
internal static class EntityCommand
{
    /// <summary>An entity the archive does not know: not a failure of the program, but nothing to show.</summary>
    public const int NotFound = ExitCodes.Failure;

    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "Archive id, knowledge-base id or name (any case, diacritics optional)." };
        return ArchiveOptions.Command("entity", "Show one entity's record: its names, roles and partners.", (options, parse, store, output) =>
        {
            string wanted = parse.GetValue(name)!;
            if (store.Entity(wanted) is not { } record)
            {
                return CommandRunner.Fail($"no entity called '{wanted}' in the archive", NotFound);
            }

            ArchiveEntity e = record.Entity;
            var table = new QueryTable(["field", "value"],
            [
                ["id", QueryOutput.Number(e.Id)],
                ["name", e.Name],
                ["type", e.Type],
                ["country", e.Country ?? ""],
                ["actor code", e.Actor ?? ""],
                ["knowledge id", e.KnowledgeId ?? ""],
                ["mentions", QueryOutput.Number(e.Mentions)],
                ["documents", QueryOutput.Number(e.Documents)],
                ["events", QueryOutput.Number(e.Events)],
                ["names", string.Join("; ", record.Names)],
                ["roles", string.Join("; ", record.Roles)],
                ["partners", string.Join("; ", record.Partners.Select(p => $"{p.Entity.Name} ({p.Events})"))],
            ]);
            QueryOutput.WriteRecord(record, parse.GetValue(options.Format)!, table, output);
            return ExitCodes.Success;
        }, name);
    }
}
