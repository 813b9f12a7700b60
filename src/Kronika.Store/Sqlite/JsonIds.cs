using System.Text.Json;

namespace Kronika.Store.Sqlite;

/// <summary>Lists of archive ids as the fact tables store them and as filters bind them (<c>json_each</c>): a JSON array.</summary>
internal static class JsonIds
{
    public static string Write(IEnumerable<long> ids) => JsonSerializer.Serialize(ids as long[] ?? [.. ids], ArchiveJsonContext.Default.Int64Array);

    public static long[] Read(string json) => JsonSerializer.Deserialize(json, ArchiveJsonContext.Default.Int64Array) ?? [];
}
