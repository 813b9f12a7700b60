using System.Diagnostics;
using System.Text;

namespace Kronika.Cli.Tests;

/// <summary>What a finished run of the CLI left behind.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>
/// Runs the real <c>kronika.dll</c> (copied next to the test assembly by the project reference) as a child
/// process with <c>dotnet</c>, or, when <c>KRONIKA_TEST_COMMAND</c> names an executable (the Native AOT
/// command that <c>./kronika</c> publishes), that executable, so that the same tests check the published build.
/// Every run is bounded: it is killed, with its whole process tree, and the test fails when it has used
/// <see cref="Timeout"/> of processor time or <see cref="WallTimeout"/> of wall time, so no test can hang.
/// The processor-time bound is the tight one: on a machine shared with other work the wall time of a run can
/// triple while its processor time barely moves.
/// </summary>
public static class KronikaProcess
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static readonly TimeSpan WallTimeout = TimeSpan.FromMinutes(5);

    public static string DllPath { get; } = Path.Combine(AppContext.BaseDirectory, "kronika.dll");

    /// <summary>The native command to run instead of <see cref="DllPath"/>, if <c>KRONIKA_TEST_COMMAND</c> names one.</summary>
    private static string? NativeCommand { get; } = Environment.GetEnvironmentVariable("KRONIKA_TEST_COMMAND") is { Length: > 0 } command ? Path.GetFullPath(command) : null;

    /// <summary>The dotnet host: DOTNET_HOST_PATH, else the host running the tests, else <c>dotnet</c> on the PATH.</summary>
    private static string DotnetHost
    {
        get
        {
            if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
            {
                return host;
            }

            string? self = Environment.ProcessPath;
            return self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
        }
    }

    public static CliResult Run(IEnumerable<string> args, string? stdin = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        using Process process = Start(args, environment, redirectStdin: stdin is not null);
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }

        WaitOrKill(process, args);
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs without keeping standard output: only its lines are counted, so huge outputs stay out of memory.</summary>
    public static (int ExitCode, long StdoutLines, long StdoutChars, string Stderr) RunCountingLines(IEnumerable<string> args)
    {
        using Process process = Start(args, null, redirectStdin: false);
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        Task<(long, long)> counter = Task.Run(() =>
        {
            long lines = 0, chars = 0;
            char[] buffer = new char[1 << 16];
            int read;
            while ((read = process.StandardOutput.Read(buffer, 0, buffer.Length)) > 0)
            {
                chars += read;
                lines += buffer.AsSpan(0, read).Count('\n');
            }

            return (lines, chars);
        });
        WaitOrKill(process, args);
        (long lines, long chars) = counter.Result;
        return (process.ExitCode, lines, chars, stderr.Result);
    }

    /// <summary>Starts a run and returns at once, its output drained in the background; the caller ends it.</summary>
    public static Process StartDetached(IEnumerable<string> args)
    {
        Process process = Start(args, null, redirectStdin: false);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Starts kronika and returns at once, for a command that runs until stopped (serve); the caller kills it.</summary>
    public static Process Start(IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment, bool redirectStdin)
    {
        string program = NativeCommand ?? DotnetHost;
        if (NativeCommand is null)
        {
            Assert.True(File.Exists(DllPath), $"{DllPath} is missing: the test project must reference src/Kronika.Cli");
        }
        else
        {
            Assert.True(File.Exists(NativeCommand), $"KRONIKA_TEST_COMMAND names {NativeCommand}, which does not exist");
        }

        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectStdin,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        if (NativeCommand is null)
        {
            info.ArgumentList.Add(DllPath);
        }

        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // Stack traces only appear with KRONIKA_DEBUG=1; the tests check that users never see one.
        info.Environment.Remove("KRONIKA_DEBUG");
        info.Environment.Remove("KRONIKA_MODELS");
        if (environment is not null)
        {
            foreach ((string key, string? value) in environment)
            {
                if (value is null)
                {
                    info.Environment.Remove(key);
                }
                else
                {
                    info.Environment[key] = value;
                }
            }
        }

        return Process.Start(info) ?? throw new InvalidOperationException($"could not start {program}");
    }

    private static void WaitOrKill(Process process, IEnumerable<string> args)
    {
        var wall = Stopwatch.StartNew();
        while (!process.WaitForExit(TimeSpan.FromMilliseconds(250)))
        {
            KillIfOverBounds(process, wall, args);
        }

        process.WaitForExit(); // Lets the redirected streams reach their end.
    }

    /// <summary>Kills a run that has used up <see cref="Timeout"/> of processor time or <see cref="WallTimeout"/>, and fails the test.</summary>
    public static void KillIfOverBounds(Process process, Stopwatch wall, IEnumerable<string> args)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(wall);
        TimeSpan cpu = ProcessorTime(process);
        if (cpu > Timeout || wall.Elapsed > WallTimeout)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"kronika {string.Join(' ', args)} was killed after {cpu.TotalSeconds:F0} s of processor time " +
                $"and {wall.Elapsed.TotalSeconds:F0} s of wall time (bounds {Timeout.TotalSeconds} s and {WallTimeout.TotalSeconds} s)");
        }
    }

    /// <summary>The processor time the run has used so far; zero once it has exited between the checks.</summary>
    private static TimeSpan ProcessorTime(Process process)
    {
        try
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
        catch (InvalidOperationException)
        {
            return TimeSpan.Zero;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // The process ended after the wait timed out but before /proc was read.
            return TimeSpan.Zero;
        }
    }
}
