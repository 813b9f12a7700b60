using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Kronika.Core;
using Kronika.Core.Pipeline;
using Kronika.Polish;

namespace Kronika.Benchmarks;

/// <summary>
/// One pipeline stage at a time: before each iteration the batch is analysed up to the stage before, then
/// the stage alone is timed over the whole batch. Documents are write-once, hence a fresh batch each time.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, warmupCount: 2, iterationCount: 12)]
[MemoryDiagnoser]
public class StageBenchmarks
{
    private static readonly Lazy<PolishLanguage> Polish = new(() => PolishLanguage.Load());

    private IPipelineComponent[] _components = [];
    private int _stage;
    private Document[] _batch = [];

    /// <summary>The stage timed: its component name in the extraction pipeline.</summary>
    [Params("PolishTokenizer", "PolishSentenceSplitter", "pl.tagger", "pl.names", "polish-entity-resolver", "polish-time-tagger")]
    public string Stage { get; set; } = "PolishTokenizer";

    [GlobalSetup]
    public void LoadModels()
    {
        _components = [.. Polish.Value.CreateExtractionPipeline().Components];
        _stage = Array.FindIndex(_components, c => c.Name == Stage);
        if (_stage < 0)
        {
            throw new InvalidOperationException($"no stage named {Stage}: {string.Join(", ", _components.Select(c => c.Name))}");
        }
    }

    [IterationSetup]
    public void AnalyseUpToStage()
    {
        _batch = BenchmarkCorpus.CreateDocuments();
        foreach (Document document in _batch)
        {
            for (int i = 0; i < _stage; i++)
            {
                _components[i].Process(document, CancellationToken.None);
            }
        }
    }

    [Benchmark(Description = "one stage over the batch")]
    public int RunStage()
    {
        IPipelineComponent component = _components[_stage];
        foreach (Document document in _batch)
        {
            component.Process(document, CancellationToken.None);
        }

        return _batch.Length;
    }
}
