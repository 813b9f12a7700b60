using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Kronika.Store.Sqlite;

/// <summary>
/// Brings an archive file to the current schema: the migrations are the embedded scripts
/// <c>Migrations/NNNN_*.sql</c>, applied in order from the file's <c>PRAGMA user_version</c>, each in its own
/// transaction together with the new version number, so a killed migration leaves the previous version.
/// </summary>
internal static class SchemaMigrator
{
    private const string Prefix = "Kronika.Store.Migrations.";

    /// <summary>The migrations by version: version N is the script whose name begins with N.</summary>
    public static IReadOnlyList<(int Version, string Sql)> Migrations { get; } = Load();

    public static int CurrentVersion => Migrations[^1].Version;

    public static void Migrate(SqliteConnection connection)
    {
        int version = (int)connection.Command("PRAGMA user_version").Long();
        if (version > CurrentVersion)
        {
            throw new ArchiveFormatException($"the archive {connection.DataSource} has schema version {version}, newer than this Kronika's {CurrentVersion}: update Kronika");
        }

        foreach ((int target, string sql) in Migrations.Where(m => m.Version > version))
        {
            using SqliteTransaction transaction = connection.BeginTransaction();
            connection.Command(sql, transaction).ExecuteNonQuery();
            // PRAGMA takes no parameters; the version is an integer from this assembly, not input.
            connection.Command($"PRAGMA user_version = {target}", transaction).ExecuteNonQuery();
            transaction.Commit();
        }
    }

    private static List<(int, string)> Load()
    {
        Assembly assembly = typeof(SchemaMigrator).Assembly;
        var migrations = new List<(int, string)>();
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            int version = int.Parse(name.AsSpan(Prefix.Length, 4), System.Globalization.CultureInfo.InvariantCulture);
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            migrations.Add((version, reader.ReadToEnd()));
        }

        for (int i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Item1 != i + 1)
            {
                throw new InvalidOperationException($"schema migrations must number 1, 2, 3… without gaps; found {migrations[i].Item1} at position {i + 1}");
            }
        }

        return migrations;
    }
}
