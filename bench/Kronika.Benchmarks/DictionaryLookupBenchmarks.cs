using BenchmarkDotNet.Attributes;
using Kronika.Core;
using Kronika.Core.Text;
using Kronika.Polish.Morphology;
using Kronika.Polish.Tokenization;

namespace Kronika.Benchmarks;

/// <summary>Morfologik lookups: every word of the batch analysed, as the tagger's candidate step does.</summary>
[MemoryDiagnoser]
public class DictionaryLookupBenchmarks
{
    private PolishMorphology _morphology = null!;
    private string[] _words = [];

    [GlobalSetup]
    public void Load()
    {
        _morphology = PolishMorphology.Load();
        var tokenizer = new PolishTokenizer();
        var words = new List<string>();
        foreach (Document document in BenchmarkCorpus.CreateDocuments())
        {
            tokenizer.Process(document, CancellationToken.None);
            words.AddRange(document.Tokens.Where(t => t.Kind == TokenKind.Word).Select(t => document.TextOf(t)));
        }

        _words = [.. words];
    }

    [Benchmark(Description = "analyse every word of the batch")]
    public int AnalyseWords()
    {
        int readings = 0;
        foreach (string word in _words)
        {
            readings += _morphology.Analyze(word).Count;
        }

        return readings;
    }
}
