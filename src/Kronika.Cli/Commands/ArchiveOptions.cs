using System.CommandLine;
using System.Globalization;
using Kronika.Cli.Output;
using Kronika.Store;
using Kronika.Store.Sqlite;

namespace Kronika.Cli.Commands;

/// <summary>
/// What every command that reads the archive shares: <c>--db</c>, the output format and the page
/// (<c>--limit</c>, <c>--offset</c>), and the opening of the archive, which is never created by a query.
/// </summary>
internal sealed class ArchiveOptions
{
    public const string DefaultDb = "kronika.db";

    public Option<string> Db { get; } = new("--db")
    {
        Description = "The archive file.",
        DefaultValueFactory = _ => DefaultDb,
    };

    public Option<string> Format { get; } = CreateFormat();

    public Option<int> Limit { get; } = new("--limit")
    {
        Description = $"Rows to show (1 to {PageRequest.MaxLimit}).",
        DefaultValueFactory = _ => 50,
    };

    public Option<int> Offset { get; } = new("--offset")
    {
        Description = "Rows to skip.",
        DefaultValueFactory = _ => 0,
    };

    /// <summary>A query command with these options, its own arguments and options, and its body.</summary>
    public static Command Command(string name, string description, Func<ArchiveOptions, ParseResult, IArchiveStore, TextWriter, int> body, params Symbol[] symbols)
    {
        var options = new ArchiveOptions();
        var command = new Command(name, description);
        foreach (Symbol symbol in symbols)
        {
            switch (symbol)
            {
                case Argument argument:
                    command.Arguments.Add(argument);
                    break;
                case Option option:
                    command.Options.Add(option);
                    break;
            }
        }

        command.Options.Add(options.Db);
        command.Options.Add(options.Format);
        command.Options.Add(options.Limit);
        command.Options.Add(options.Offset);
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            using IArchiveStore store = Open(parse.GetValue(options.Db)!);
            using var output = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16);
            int code = body(options, parse, store, output);
            output.Flush();
            return code;
        }));
        return command;
    }

    /// <summary>Opens an existing archive for reading: a missing file is an error, not a new empty archive.</summary>
    public static IArchiveStore Open(string path) => SqliteArchiveStore.Open(path, create: false);

    public PageRequest Page(ParseResult parse)
    {
        int limit = parse.GetValue(Limit);
        int offset = parse.GetValue(Offset);
        if (limit < 1 || limit > PageRequest.MaxLimit)
        {
            throw new UsageException($"--limit must be between 1 and {PageRequest.MaxLimit}");
        }

        return offset >= 0 ? new PageRequest(offset, limit) : throw new UsageException("--offset must not be negative");
    }

    public static DateOnly? ParseDate(string option, string? value)
    {
        if (value is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            ? date
            : throw new UsageException($"{option}: '{value}' is not a date of the form YYYY-MM-DD");
    }

    private static Option<string> CreateFormat()
    {
        var format = new Option<string>("--format")
        {
            Description = "table (aligned columns), json or csv.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong(QueryOutput.Formats);
        return format;
    }
}
