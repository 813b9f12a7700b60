using Kronika.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Kronika.Store.Tests;

public sealed class SchemaTests
{
    [Fact]
    public void A_new_archive_is_at_the_current_schema_version_in_WAL_mode()
    {
        using var archive = new TempArchive();
        using var connection = Raw(archive.DbPath);
        Assert.Equal((long)SqliteArchiveStore.SchemaVersion, Scalar(connection, "PRAGMA user_version"));
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode"));
        foreach (string table in new[] { "documents", "entities", "document_entities", "mentions", "times", "quotes", "events", "event_actors", "event_mentions", "claims", "claim_reports", "documents_fts", "quotes_fts", "claims_fts" })
        {
            Assert.Equal(1L, Scalar(connection, $"SELECT COUNT(*) FROM sqlite_master WHERE name = '{table}'"));
        }
    }

    [Fact]
    public void Reopening_migrates_nothing_and_keeps_the_data()
    {
        using var archive = new TempArchive();
        archive.Store.Put(new ArticleMetadata("test"), "Tekst.", new HandMadeArticle("Tekst.").Build().Extraction);
        SqliteArchiveStore store = archive.Reopen();
        Assert.Equal(1, store.Stats().Documents);
        using var connection = Raw(archive.DbPath);
        Assert.Equal((long)SqliteArchiveStore.SchemaVersion, Scalar(connection, "PRAGMA user_version"));
    }

    [Fact]
    public void An_empty_file_at_version_zero_is_migrated_from_the_first_version()
    {
        using var archive = new TempArchive();
        archive.Store.Dispose();
        File.Delete(archive.DbPath);
        using (var connection = Raw(archive.DbPath))
        {
            Assert.Equal(0L, Scalar(connection, "PRAGMA user_version"));
        }

        SqliteArchiveStore store = archive.Reopen();
        Assert.Equal(0, store.Stats().Documents);
        using var check = Raw(archive.DbPath);
        Assert.Equal((long)SqliteArchiveStore.SchemaVersion, Scalar(check, "PRAGMA user_version"));
    }

    [Fact]
    public void A_newer_schema_is_refused()
    {
        using var archive = new TempArchive();
        archive.Store.Dispose();
        using (var connection = Raw(archive.DbPath))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99";
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        var e = Assert.Throws<ArchiveFormatException>(() => SqliteArchiveStore.Open(archive.DbPath));
        Assert.Contains("99", e.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_with_one_clear_error()
    {
        using var archive = new TempArchive();
        string path = Path.Combine(archive.Dir, "garbage.db");
        File.WriteAllText(path, new string('x', 4096));
        var e = Assert.Throws<ArchiveFormatException>(() => SqliteArchiveStore.Open(path, create: false));
        Assert.Contains("not a Kronika archive", e.Message);
    }

    [Fact]
    public void A_missing_file_is_not_created_when_reading()
    {
        using var archive = new TempArchive();
        string path = Path.Combine(archive.Dir, "missing.db");
        Assert.Throws<ArchiveNotFoundException>(() => SqliteArchiveStore.Open(path, create: false));
        Assert.False(File.Exists(path));
    }

    private static SqliteConnection Raw(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
