using System.Runtime.InteropServices;

namespace Kronika.Cli.Bench;

/// <summary>
/// The CPU time the calling thread has used so far (Linux: <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>).
/// On a machine that other jobs load, a stage's wall time grows with the time its thread waits for a core;
/// its thread CPU time does not, so per-stage CPU time is the figure to compare across runs.
/// </summary>
internal static partial class ThreadCpuTime
{
    private const int ClockThreadCpuTime = 3;

    /// <summary>Whether <see cref="Nanoseconds"/> can be read here.</summary>
    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    /// <summary>The thread's CPU time in nanoseconds; 0 where it cannot be read.</summary>
    public static long Nanoseconds() => IsAvailable && TryRead(out long nanoseconds) ? nanoseconds : 0;

    private static bool TryRead(out long nanoseconds)
    {
        try
        {
            if (ClockGetTime(ClockThreadCpuTime, out TimeSpec time) == 0)
            {
                nanoseconds = (time.Seconds * 1_000_000_000) + time.Nanoseconds;
                return true;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
        }

        nanoseconds = 0;
        return false;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
