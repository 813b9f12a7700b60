using Kronika.Store.Sqlite;

namespace Kronika.Store.Tests;

/// <summary>A real archive file in a temporary folder, deleted with the folder afterwards.</summary>
public sealed class TempArchive : IDisposable
{
    public TempArchive()
    {
        Store = SqliteArchiveStore.Open(DbPath);
    }

    public string Dir { get; } = Directory.CreateTempSubdirectory("kronika-store-").FullName;

    public string DbPath => System.IO.Path.Combine(Dir, "kronika.db");

    public SqliteArchiveStore Store { get; private set; }

    /// <summary>Closes the store and opens the file again, as a later run would.</summary>
    public SqliteArchiveStore Reopen()
    {
        Store.Dispose();
        Store = SqliteArchiveStore.Open(DbPath);
        return Store;
    }

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(Dir, recursive: true);
    }
}
