namespace Kronika.Core.Pipeline;

/// <summary>
/// Collects components in the order they are added. <see cref="Build"/> checks the order and returns an
/// immutable <see cref="Pipeline"/>; the builder never reorders anything by itself.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IPipelineComponent> _components = [];

    public IReadOnlyList<IPipelineComponent> Components => _components;

    public PipelineBuilder Add(IPipelineComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        _components.Add(component);
        return this;
    }

    /// <summary>Adds <paramref name="component"/> right after the component named <paramref name="after"/>.</summary>
    public PipelineBuilder InsertAfter(string after, IPipelineComponent component)
    {
        int index = _components.FindIndex(c => c.Name == after);
        if (index < 0)
        {
            throw new InvalidOperationException($"No component named '{after}' in the pipeline.");
        }

        _components.Insert(index + 1, component);
        return this;
    }

    public Pipeline Build()
    {
        var written = new HashSet<Layer>();
        foreach (IPipelineComponent component in _components)
        {
            foreach (Layer read in component.Reads)
            {
                if (!written.Contains(read))
                {
                    throw new InvalidOperationException(
                        $"Component '{component.Name}' reads the {read} layer, but no earlier component writes it.");
                }
            }

            foreach (Layer write in component.Writes)
            {
                if (!written.Add(write))
                {
                    throw new InvalidOperationException(
                        $"Component '{component.Name}' writes the {write} layer, which an earlier component already writes.");
                }
            }
        }

        return new Pipeline([.. _components]);
    }
}
