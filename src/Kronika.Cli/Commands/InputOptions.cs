using System.CommandLine;
using System.Globalization;
using Kronika.Core.Input;

namespace Kronika.Cli.Commands;

/// <summary>Options shared by the commands that read articles.</summary>
internal static class InputOptions
{
    public static Option<string?> Encoding() => new("--encoding")
    {
        Description = "The input's encoding (utf-8, utf-16, windows-1250, iso-8859-2); detected when omitted.",
    };

    public static Option<int> MaxSize() => new("--max-size")
    {
        Description = "Largest input accepted, in MiB.",
        DefaultValueFactory = _ => (int)(InputReader.DefaultMaxBytes / (1024 * 1024)),
    };

    public static Option<string?> Date() => new("--date")
    {
        Description = "The article's publication date (YYYY-MM-DD), the anchor of relative time expressions.",
    };

    public static DateOnly? ParseDate(string? value)
    {
        if (value is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            ? date
            : throw new UsageException($"--date: '{value}' is not a date of the form YYYY-MM-DD");
    }

    public static long Bytes(int mebibytes) =>
        mebibytes > 0 ? mebibytes * 1024L * 1024L : throw new UsageException("--max-size must be a positive number of MiB");
}
