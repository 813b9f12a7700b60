namespace Kronika.Polish.Tests.Tokenization;

/// <summary>One example from a spec file: an input and whatever expectations the file states for it.</summary>
public sealed record SpecExample(
    string Id,
    string Input,
    IReadOnlyList<string>? Tokens,
    IReadOnlyList<(string Text, string Kind)> Kinds,
    IReadOnlyList<string>? Sentences,
    int? Paragraphs)
{
    public override string ToString() => Id;
}
