namespace Kronika.Cli;

/// <summary>The exit codes of <c>kronika</c>, listed in the README.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>An evaluation fell below a threshold given on the command line, or an unexpected internal error.</summary>
    public const int Failure = 1;

    /// <summary>The Morfologik dictionary or a trained model is missing or corrupt: run <c>./kronika setup</c>.</summary>
    public const int SetupRequired = 2;

    /// <summary><c>kronika ingest</c> stored what it could, but some documents failed (each reported on standard error) and were skipped.</summary>
    public const int SomeFailed = 3;

    /// <summary>The command line is wrong (unknown option, bad date…).</summary>
    public const int Usage = 64;

    /// <summary>The input is not text Kronika can read (binary, undecodable, over the size limit), or the archive file is not a Kronika database (corrupt, another program's, a newer schema).</summary>
    public const int BadInput = 65;

    /// <summary>An input file, or the archive named by <c>--db</c>, does not exist or cannot be opened.</summary>
    public const int NoInput = 66;

    /// <summary>The output could not be written.</summary>
    public const int CannotWrite = 74;
}
