using System.Diagnostics;
using Kronika.Ingest;
using Spectre.Console;

namespace Kronika.Cli.Output;

/// <summary>
/// Shows an ingest run on standard error: a Spectre.Console progress bar (documents done, rate, time left)
/// when standard error is a terminal, else a plain line every few seconds, so that logs stay readable.
/// Failures are one line each, in both cases.
/// </summary>
internal sealed class IngestProgressDisplay : IIngestProgress
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    private readonly IAnsiConsole _console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
    private readonly bool _live = !Console.IsErrorRedirected;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private ProgressTask? _task;
    private int _total;
    private int _done;
    private TimeSpan _lastLine;

    /// <summary>Runs <paramref name="body"/> with the progress shown.</summary>
    public T Show<T>(Func<IIngestProgress, T> body)
    {
        if (!_live)
        {
            return body(this);
        }

        return _console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                _task = context.AddTask("ingest", maxValue: Math.Max(1, _total));
                return body(this);
            });
    }

    public void Expect(int total)
    {
        lock (_gate)
        {
            _total = total;
            if (_task is not null)
            {
                _task.MaxValue = Math.Max(1, total);
            }
        }
    }

    public void Done()
    {
        lock (_gate)
        {
            _done++;
            double rate = _done / Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
            if (_task is not null)
            {
                _task.Increment(1);
                _task.Description = $"{_done}/{_total} documents, {rate:F0}/s";
            }
            else if (_clock.Elapsed - _lastLine >= PlainInterval)
            {
                _lastLine = _clock.Elapsed;
                double left = (_total - _done) / Math.Max(rate, 1e-3);
                Console.Error.WriteLine($"kronika: ingest {_done}/{_total} documents, {rate:F0}/s, about {left:F0} s left");
            }
        }
    }

    public void Failed(string source, string reason)
    {
        lock (_gate)
        {
            string line = $"kronika: {source}: {reason}";
            if (_task is not null)
            {
                _console.WriteLine(line, Style.Plain);
            }
            else
            {
                Console.Error.WriteLine(line);
            }
        }
    }
}
