using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Kronika.Store.Sqlite;

/// <summary>
/// Stops a read that runs past its time: SQLite calls a progress handler every few hundred virtual-machine
/// steps, and the handler's non-zero answer makes the running statement fail with SQLITE_INTERRUPT. A
/// cancellation token cannot do this, because Microsoft.Data.Sqlite checks tokens only between rows, and a
/// sort or an aggregate over a large archive produces its first row last.
/// </summary>
internal sealed class ReadTimeLimit(TimeSpan limit)
{
    /// <summary>SQLite virtual-machine steps between two looks at the clock: cheap, and well under a millisecond apart.</summary>
    private const int StepsBetweenChecks = 1000;

    private const int SqliteInterrupt = 9;

    /// <summary>Runs <paramref name="read"/> on <paramref name="connection"/>, stopped when it outlives the limit.</summary>
    /// <exception cref="ArchiveTimeoutException">The read ran past the limit.</exception>
    public T Run<T>(SqliteConnection connection, Func<SqliteConnection, T> read)
    {
        sqlite3 handle = connection.Handle!;
        var deadline = new Deadline(Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency));
        raw.sqlite3_progress_handler(handle, StepsBetweenChecks, static state => ((Deadline)state).Passed ? 1 : 0, deadline);
        try
        {
            return read(connection);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteInterrupt && deadline.Passed)
        {
            throw new ArchiveTimeoutException(limit, e);
        }
        finally
        {
            // The connection goes back to the pool: it must not keep this read's handler.
            raw.sqlite3_progress_handler(handle, 0, null, null);
        }
    }

    private sealed class Deadline(long timestamp)
    {
        public bool Passed => Stopwatch.GetTimestamp() > timestamp;
    }
}
