namespace Kronika.Ingest.Sources;

/// <summary>One thing named on the command line, or one file found in a named folder.</summary>
public abstract record IngestInput(string Name)
{
    public sealed record File(string Path) : IngestInput(Path);

    public sealed record StandardInput() : IngestInput("-");

    public sealed record Web(Uri Address) : IngestInput(Address.AbsoluteUri);

    /// <summary>A name that is neither a file, a folder nor an http(s) URL.</summary>
    public sealed record Missing(string Path) : IngestInput(Path);
}
