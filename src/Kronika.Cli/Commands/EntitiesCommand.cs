using System.CommandLine;
using Kronika.Cli.Output;
using Kronika.Store;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika entities</c>: the archive's actors and places, the most reported first.</summary>
internal static class EntitiesCommand
{
    public static Command Create()
    {
        var type = new Option<string?>("--type") { Description = "PERSON, ORGANIZATION, COUNTRY, LOCATION, EVENT or PRODUCT." };
        var country = new Option<string?>("--country") { Description = "ISO 3166-1 alpha-3 code." };
        var name = new Option<string?>("--name") { Description = "Words the name contains (any case, diacritics optional)." };
        return ArchiveOptions.Command("entities", "List the archive's entities, each merged from every article that names it.", (options, parse, store, output) =>
        {
            Page<ArchiveEntity> page = store.Entities(new EntityQuery(parse.GetValue(type), parse.GetValue(country), parse.GetValue(name), options.Page(parse)));
            var table = new QueryTable(
                ["id", "type", "name", "country", "knowledge id", "mentions", "documents", "events"],
                [.. page.Items.Select(e => new[]
                {
                    QueryOutput.Number(e.Id), e.Type, e.Name, e.Country ?? "", e.KnowledgeId ?? "",
                    QueryOutput.Number(e.Mentions), QueryOutput.Number(e.Documents), QueryOutput.Number(e.Events),
                })]);
            QueryOutput.Write(page, parse.GetValue(options.Format)!, table, output);
            return ExitCodes.Success;
        }, type, country, name);
    }
}
