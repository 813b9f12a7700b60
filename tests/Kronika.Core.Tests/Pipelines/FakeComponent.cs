using Kronika.Core.Pipeline;

namespace Kronika.Core.Tests.Pipelines;

/// <summary>A component that does nothing but declare layers and record that it ran.</summary>
internal sealed class FakeComponent(string name, Layer[] reads, Layer[] writes, List<string>? log = null, Action? onProcess = null) : IPipelineComponent
{
    public string Name { get; } = name;

    public IReadOnlyList<Layer> Reads { get; } = reads;

    public IReadOnlyList<Layer> Writes { get; } = writes;

    public void Process(Document document, CancellationToken cancellationToken)
    {
        log?.Add(Name);
        onProcess?.Invoke();
    }
}
