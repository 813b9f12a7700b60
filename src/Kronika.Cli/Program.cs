using System.CommandLine;
using System.Text;
using Kronika.Cli;
using Kronika.Cli.Commands;

StartupTrace.Mark("main");
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

var root = new RootCommand("Kronika turns Polish news into structured, checkable knowledge: tokens, lemmas and tags today; actors, times, events, quotations and claims as they are built.")
{
    AnalyzeCommand.Create(),
    LemmatizeCommand.Create(),
    ExtractCommand.Create(),
    IngestCommand.Create(),
    EventsCommand.Create(),
    EntitiesCommand.Create(),
    EntityCommand.Create(),
    QuotesCommand.Create(),
    ClaimsCommand.Create(),
    SearchCommand.Create(),
    ExportCommand.Create(),
    EvalCommand.Create(),
    BenchCommand.Create(),
    TrainCommand.Create(),
    SetupCommand.Create(),
    ServeCommand.Create(),
};

ParseResult parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"kronika: {error.Message}");
    }

    Console.Error.WriteLine("kronika: see `kronika --help`");
    return ExitCodes.Usage;
}

return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
