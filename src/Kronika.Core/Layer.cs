namespace Kronika.Core;

/// <summary>The annotation layers of a <see cref="Document"/>. Pipeline components declare which they read and write.</summary>
public enum Layer
{
    Tokens,
    Sentences,
    Paragraphs,
    Morphology,
    Names,
    Entities,
    Times,
    Quotes,
    Events,
    Claims,
}
