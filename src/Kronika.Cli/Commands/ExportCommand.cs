using System.CommandLine;
using Kronika.Store;
using Kronika.Store.Export;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika export</c>: every archive event as JSON Lines or as GDELT 2.0 event rows (docs/archive.md).</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var db = new ArchiveOptions().Db;
        var format = new Option<string>("--format")
        {
            Description = "jsonl (one event per line, with its reports) or gdelt-csv (GDELT 2.0 event table, tab-separated).",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "gdelt-csv");
        var command = new Command("export", "Export the archive's events.") { format, db };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            using IArchiveStore store = ArchiveOptions.Open(parse.GetValue(db)!);
            using var output = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16);
            if (parse.GetValue(format) == "gdelt-csv")
            {
                GdeltEventExport.Write(store, output);
            }
            else
            {
                JsonLinesExport.Write(store, output);
            }

            output.Flush();
            return ExitCodes.Success;
        }));
        return command;
    }
}
