using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CsvHelper;
using Kronika.Store;

namespace Kronika.Cli.Output;

/// <summary>The rows of a query result as the query commands print them: columns and one string per cell.</summary>
internal sealed record QueryTable(IReadOnlyList<string> Headers, IReadOnlyList<string[]> Rows);

/// <summary>
/// Writes a query's result in the format asked for: <c>table</c> (aligned, with a line saying which rows
/// of how many are shown), <c>json</c> (the page as the HTTP API returns it) or <c>csv</c> (RFC 4180, a header row).
/// </summary>
internal static class QueryOutput
{
    public static readonly string[] Formats = ["table", "json", "csv"];

    private static readonly JsonSerializerOptions Json = new(ArchiveJsonContext.Default.Options)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write<T>(Page<T> page, string format, QueryTable table, TextWriter output)
    {
        WriteBody(page, format, table, output);
        if (format == "table")
        {
            output.WriteLine(page.Items.Count == 0
                ? $"(no rows; {page.Total} in all)"
                : $"rows {page.Offset + 1}–{page.Offset + page.Items.Count} of {page.Total}");
        }
    }

    /// <summary>A single record (<c>kronika entity</c>): JSON as is, else its table.</summary>
    public static void WriteRecord<T>(T value, string format, QueryTable table, TextWriter output) => WriteBody(value, format, table, output);

    private static void WriteBody<T>(T value, string format, QueryTable table, TextWriter output)
    {
        switch (format)
        {
            case "json":
                output.WriteLine(JsonSerializer.Serialize(value, (JsonTypeInfo<T>)Json.GetTypeInfo(typeof(T))));
                break;
            case "csv":
                using (CsvWriter csv = CsvWriter.Create(output, options: null, leaveOpen: true))
                {
                    csv.WriteRecord([.. table.Headers]);
                    foreach (string[] row in table.Rows)
                    {
                        csv.WriteRecord(row);
                    }

                    csv.Flush();
                }

                break;
            default:
                AlignedTable.Write(output, table.Headers, table.Rows);
                break;
        }
    }

    /// <summary>Entities as a cell: names joined by <c>+</c>, as the timeline writes both sides of an event.</summary>
    public static string Names(IEnumerable<EntityRef> entities) => string.Join(" + ", entities.Select(e => e.Name));

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
