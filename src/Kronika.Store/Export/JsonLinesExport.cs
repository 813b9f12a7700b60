using System.Text.Json;

namespace Kronika.Store.Export;

/// <summary><c>kronika export --format jsonl</c>: one archive event per line, with its actors and every report of it.</summary>
public static class JsonLinesExport
{
    private static readonly JsonSerializerOptions Options = new(ArchiveJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static int Write(IArchiveStore store, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        int count = 0;
        foreach (ArchiveEvent e in ArchiveEvents.All(store))
        {
            output.WriteLine(JsonSerializer.Serialize(e, Options.GetTypeInfo(typeof(ArchiveEvent))));
            count++;
        }

        return count;
    }
}
