using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Kronika.Benchmarks.BenchmarkCorpus).Assembly).Run(args);
