using Kronika.Store;
using Kronika.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Kronika.Cli.Tests;

/// <summary>What the ingest tests read of an archive file the command wrote.</summary>
public static class ArchiveFile
{
    /// <summary>Everything a user can see of the archive: its totals and each article's record, without ingest times.</summary>
    public static (ArchiveStats Stats, string Documents) Dump(string db)
    {
        using SqliteArchiveStore store = SqliteArchiveStore.Open(db, create: false);
        Page<DocumentSummary> documents = store.Documents(new DocumentQuery(Page: new PageRequest(0, PageRequest.MaxLimit)));
        return (store.Stats(), string.Join("\n", documents.Items.Select(d => d with { IngestedAt = default })));
    }

    /// <summary>Articles committed so far, read without the store (which would migrate a file still being created); 0 before the schema exists.</summary>
    public static long StoredDocuments(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            return HasSchema(connection) ? Convert.ToInt64(Scalar(connection, "SELECT count(*) FROM documents"), System.Globalization.CultureInfo.InvariantCulture) : 0;
        }
        catch (SqliteException)
        {
            return 0; // polled while a running ingest is still creating the file
        }
    }

    /// <summary>Whether the first migration has committed: a file killed before it holds no tables.</summary>
    public static bool HasSchema(SqliteConnection connection) =>
        Convert.ToInt64(Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name = 'documents'"), System.Globalization.CultureInfo.InvariantCulture) > 0;

    public static object? Scalar(SqliteConnection connection, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
