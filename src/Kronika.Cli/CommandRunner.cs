using Kronika.Core.Input;
using Kronika.Polish;
using Kronika.Polish.Knowledge;
using Kronika.Polish.Morphology;
using Kronika.Store;

namespace Kronika.Cli;

/// <summary>
/// Runs a command's body and turns the failures a user can meet into one line on standard error and a
/// documented exit code. Stack traces are shown only with <c>KRONIKA_DEBUG=1</c>.
/// </summary>
public static class CommandRunner
{
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (e is DictionaryNotFoundException or DictionaryCorruptException or ModelNotFoundException or KnowledgeBaseFormatException)
        {
            return Fail(e.Message, ExitCodes.SetupRequired, e);
        }
        catch (InputNotFoundException e)
        {
            return Fail(e.Message, ExitCodes.NoInput, e);
        }
        catch (ArchiveNotFoundException e)
        {
            return Fail(e.Message, ExitCodes.NoInput, e);
        }
        catch (ArchiveFormatException e)
        {
            return Fail(e.Message, ExitCodes.BadInput, e);
        }
        catch (InputException e)
        {
            return Fail(e.Message, ExitCodes.BadInput, e);
        }
        catch (UsageException e)
        {
            return Fail(e.Message, ExitCodes.Usage, e);
        }
        catch (IOException e) when (e.HResult == 32 /* EPIPE */ || e.Message.Contains("pipe", StringComparison.OrdinalIgnoreCase))
        {
            return ExitCodes.CannotWrite; // The reader went away (kronika … | head): nothing to report.
        }
        catch (OperationCanceledException e)
        {
            return Fail("cancelled", ExitCodes.Failure, e);
        }
        catch (Exception e)
        {
            return Fail($"internal error: {e.GetType().Name}: {e.Message}", ExitCodes.Failure, e);
        }
    }

    public static int Fail(string message, int code, Exception? e = null)
    {
        Console.Error.WriteLine($"kronika: {FirstLine(message)}");
        if (e is not null && Environment.GetEnvironmentVariable("KRONIKA_DEBUG") == "1")
        {
            Console.Error.WriteLine(e);
        }

        return code;
    }

    private static string FirstLine(string message)
    {
        int newline = message.IndexOfAny(['\r', '\n']);
        return newline < 0 ? message : message[..newline];
    }
}

/// <summary>A command-line value that parses but makes no sense (a date that does not exist…).</summary>
public sealed class UsageException(string message) : Exception(message);
