namespace Kronika.Store;

/// <summary>The archive file named for reading does not exist.</summary>
public sealed class ArchiveNotFoundException(string path)
    : Exception($"no archive at {path}: ingest articles into it first, or name another with --db")
{
    public string Path { get; } = path;
}

/// <summary>The archive file is not a Kronika database this version can read (corrupt, another program's file, a newer schema).</summary>
public sealed class ArchiveFormatException(string message, Exception? inner = null) : Exception(message, inner);
