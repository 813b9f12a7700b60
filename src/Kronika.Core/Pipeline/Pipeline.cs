using System.Collections.Immutable;

namespace Kronika.Core.Pipeline;

/// <summary>An immutable, ordered list of components. Safe to share between threads if its components are.</summary>
public sealed class Pipeline
{
    internal Pipeline(ImmutableArray<IPipelineComponent> components) => Components = components;

    public ImmutableArray<IPipelineComponent> Components { get; }

    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        foreach (IPipelineComponent component in Components)
        {
            cancellationToken.ThrowIfCancellationRequested();
            component.Process(document, cancellationToken);
        }

        return document;
    }
}
