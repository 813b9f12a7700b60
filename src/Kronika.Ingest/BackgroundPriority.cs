using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Kronika.Ingest;

/// <summary>
/// Lowers the CPU priority of the whole running process, as <c>nice -n 10</c> would: an ingest is a batch
/// job, and a server reading the same archive on the same cores should not wait for it (docs/performance.md).
/// On Linux a priority belongs to each thread (<c>setpriority</c> on the process id changes its first thread
/// only), so every thread the process has is lowered; threads started later inherit it from the thread that
/// starts them. Elsewhere the process priority class covers every thread.
/// </summary>
public static partial class BackgroundPriority
{
    /// <summary>The niceness a lowered process gets (as <see cref="ProcessPriorityClass.BelowNormal"/> on Unix).</summary>
    public const int Niceness = 10;

    private const int PrioProcess = 0;

    /// <summary>Lowers this process's priority; returns false (and changes nothing more) where the system refuses.</summary>
    public static bool LowerCurrentProcess()
    {
        if (OperatingSystem.IsLinux())
        {
            // Passes until one changes nothing: a thread the runtime starts during a pass may have copied the
            // priority of its starter before that was lowered.
            for (int pass = 0; pass < 5; pass++)
            {
                int lowered = 0;
                foreach (string task in Directory.EnumerateDirectories("/proc/self/task"))
                {
                    if (!int.TryParse(Path.GetFileName(task), NumberStyles.None, CultureInfo.InvariantCulture, out int thread))
                    {
                        continue;
                    }

                    // Only ever lowered: a thread already nicer than this (the whole run under nice) keeps its value.
                    Marshal.SetLastPInvokeError(0);
                    int current = GetPriority(PrioProcess, thread);
                    if (current == -1 && Marshal.GetLastPInvokeError() != 0)
                    {
                        continue; // the thread has ended meanwhile
                    }

                    if (current < Niceness)
                    {
                        if (SetPriority(PrioProcess, thread, Niceness) != 0)
                        {
                            return false;
                        }

                        lowered++;
                    }
                }

                if (lowered == 0)
                {
                    return true;
                }
            }

            return true;
        }

        try
        {
            using Process self = Process.GetCurrentProcess();
            if (self.PriorityClass is ProcessPriorityClass.Normal or ProcessPriorityClass.AboveNormal or ProcessPriorityClass.High or ProcessPriorityClass.RealTime)
            {
                self.PriorityClass = ProcessPriorityClass.BelowNormal;
            }

            return true;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or PlatformNotSupportedException or InvalidOperationException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "getpriority", SetLastError = true)]
    private static partial int GetPriority(int which, int who);

    [LibraryImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static partial int SetPriority(int which, int who, int priority);
}
