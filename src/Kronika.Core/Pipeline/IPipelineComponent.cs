namespace Kronika.Core.Pipeline;

/// <summary>
/// One stage of analysis. A component reads some layers of a document and writes others; it declares
/// both so that a pipeline can check, when it is built, that every layer is written before it is read.
/// </summary>
public interface IPipelineComponent
{
    string Name { get; }

    IReadOnlyList<Layer> Reads { get; }

    IReadOnlyList<Layer> Writes { get; }

    void Process(Document document, CancellationToken cancellationToken);
}
