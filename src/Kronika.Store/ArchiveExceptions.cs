namespace Kronika.Store;

/// <summary>The archive file named for reading does not exist.</summary>
public sealed class ArchiveNotFoundException(string path)
    : Exception($"no archive at {path}: ingest articles into it first, or name another with --db")
{
    public string Path { get; } = path;
}

/// <summary>The archive file is not a Kronika database this version can read (corrupt, another program's file, a newer schema).</summary>
public sealed class ArchiveFormatException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>A read ran past the time limit the archive was opened with, and SQLite stopped it.</summary>
public sealed class ArchiveTimeoutException(TimeSpan limit, Exception? inner = null)
    : Exception($"the archive query ran past its limit of {limit.TotalSeconds:0.###} s and was stopped", inner)
{
    public TimeSpan Limit { get; } = limit;
}
