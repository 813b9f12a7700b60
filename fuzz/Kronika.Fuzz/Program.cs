using Kronika.Fuzz;
using SharpFuzz;

// Kronika.Fuzz TARGET                    run TARGET under afl-fuzz (fuzz/run.sh starts it so)
// Kronika.Fuzz TARGET FILE|FOLDER...     run TARGET once on each file, say which fail, exit 1 if any does
if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out Action<byte[]>? target))
{
    Console.Error.WriteLine($"usage: Kronika.Fuzz {string.Join('|', FuzzTargets.All.Keys)} [FILE|FOLDER...]");
    return 64;
}

if (args.Length == 1)
{
    // Instrumented code run before Fuzzer.Run (loading the models) records its branches through SharpFuzz's
    // map, which only Fuzzer.Run points at afl's shared memory: until then it gets a scratch map of its own.
    unsafe
    {
        SharpFuzz.Common.Trace.SharedMem = (byte*)System.Runtime.InteropServices.NativeMemory.AllocZeroed(1 << 16);
    }

    FuzzTargets.Warm(args[0]);
    Fuzzer.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        target(buffer.ToArray());
    });
    return 0;
}

FuzzTargets.Warm(args[0]);
int failed = 0;
foreach (string file in args.Skip(1).SelectMany(a => Directory.Exists(a) ? Directory.GetFiles(a).Order(StringComparer.Ordinal) : (IEnumerable<string>)[a]))
{
    try
    {
        target(File.ReadAllBytes(file));
        Console.WriteLine($"ok    {file}");
    }
    catch (Exception e)
    {
        failed++;
        Console.WriteLine($"FAIL  {file}: {e.GetType().Name}: {e.Message}");
        Console.WriteLine(e.StackTrace);
    }
}

return failed == 0 ? 0 : 1;
