using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Kronika.Cli.Bench;

/// <summary>
/// What every <c>kronika bench</c> command prints, in one shape: the machine and build it ran on, then
/// one line per measurement (MB/s, documents/s or requests/s, p50 and p99 of the timed unit), and the
/// process's peak memory. The load average is printed too: the machine may be shared, and a figure means
/// little without it.
/// </summary>
internal static class BenchReport
{
    public static void PrintMachine()
    {
        string configuration = typeof(BenchReport).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "?";
        Console.WriteLine($"machine: {RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}, {Environment.ProcessorCount} cores; {RuntimeInformation.FrameworkDescription}, {configuration} build");
        PrintLoad();
    }

    /// <summary>The 1, 5 and 15 minute load averages where the system tells them (Linux).</summary>
    public static void PrintLoad()
    {
        if (LoadAverage() is { } load)
        {
            Console.WriteLine($"load average: {load}");
        }
    }

    public static string? LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>One measurement: <paramref name="count"/> units of work in <paramref name="elapsed"/>, each timed in <paramref name="milliseconds"/>.</summary>
    public static void Print(string label, BenchFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var line = new List<string>();
        double seconds = Math.Max(figures.Elapsed.TotalSeconds, 1e-9);
        if (figures.Bytes > 0)
        {
            line.Add($"{figures.Bytes / 1e6 / seconds,7:F2} MB/s");
        }

        line.Add($"{figures.Count / seconds,8:F0} {figures.Unit}/s");
        if (figures.Words > 0)
        {
            line.Add($"{figures.Words / seconds,10:N0} words/s");
        }

        if (figures.Milliseconds.Count > 0)
        {
            double[] sorted = [.. figures.Milliseconds.Order()];
            line.Add($"p50 {Percentile(sorted, 0.50):F2} ms, p99 {Percentile(sorted, 0.99):F2} ms per {figures.TimedUnit}");
        }

        if (figures.Cpu is { } cpu)
        {
            line.Add($"CPU {cpu.TotalMilliseconds / Math.Max(1, figures.Count):F2} ms per {figures.TimedUnit}");
            if (figures.Bytes > 0)
            {
                // Wall time swings with a shared machine's load; MB per CPU second barely does.
                line.Add($"{figures.Bytes / 1e6 / Math.Max(cpu.TotalSeconds, 1e-9):F2} MB per CPU second");
            }
        }

        if (figures.Errors > 0)
        {
            line.Add($"{figures.Errors} errors");
        }

        Console.WriteLine($"{label,-8}: {string.Join(", ", line)}");
    }

    public static void PrintPeakMemory() =>
        Console.WriteLine($"peak memory: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0):F0} MB");

    /// <summary>The nearest-rank percentile of sorted values.</summary>
    public static double Percentile(double[] sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public static string Megabytes(long bytes) => (bytes / 1e6).ToString("F1", CultureInfo.InvariantCulture) + " MB";
}

/// <summary>
/// The figures of one measurement: how much work (<paramref name="Count"/> of <paramref name="Unit"/>, and
/// optionally bytes and words) took how long, and the time of each <paramref name="TimedUnit"/> in ms;
/// <paramref name="Cpu"/> is the processor time the process spent on it, which a busy machine disturbs less.
/// </summary>
internal sealed record BenchFigures(
    TimeSpan Elapsed,
    int Count,
    IReadOnlyList<double> Milliseconds,
    long Bytes = 0,
    long Words = 0,
    string Unit = "documents",
    string TimedUnit = "document",
    int Errors = 0,
    TimeSpan? Cpu = null);
