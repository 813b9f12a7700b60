using System.Diagnostics;
using System.Runtime;

namespace Kronika.Cli;

/// <summary>
/// With <c>KRONIKA_TRACE_STARTUP=1</c>, a command notes on standard error where its first second goes: the
/// time since the process started, the CPU time used, the methods the JIT has compiled so far (methods
/// ReadyToRun did not precompile) with the time it spent on them, and the garbage collections. Without the variable it does nothing.
/// </summary>
internal static class StartupTrace
{
    public const string EnvironmentVariable = "KRONIKA_TRACE_STARTUP";

    private static readonly bool Enabled = Environment.GetEnvironmentVariable(EnvironmentVariable) == "1";

    public static void Note(string what)
    {
        if (Enabled)
        {
            Console.Error.WriteLine($"startup: {what}");
        }
    }

    public static void Mark(string what)
    {
        if (!Enabled)
        {
            return;
        }

        using var process = Process.GetCurrentProcess();
        TimeSpan wall = DateTime.Now - process.StartTime;
        Console.Error.WriteLine(
            $"startup: {what,-28} {wall.TotalMilliseconds,6:F0} ms wall {process.TotalProcessorTime.TotalMilliseconds,6:F0} ms CPU  " +
            $"JIT {JitInfo.GetCompiledMethodCount(),5} methods {JitInfo.GetCompilationTime().TotalMilliseconds,5:F0} ms  " +
            $"GC {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, {GC.GetTotalAllocatedBytes() / 1e6:F0} MB allocated");
    }
}
