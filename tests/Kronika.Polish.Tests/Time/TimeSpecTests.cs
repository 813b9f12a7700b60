using System.Globalization;
using Kronika.Core;
using Kronika.Core.Output;
using Kronika.Polish.Tests.Tagging;

namespace Kronika.Polish.Tests.Time;

/// <summary>One test per example of <c>Time/specs/times.md</c>: the expressions found, with type and value.</summary>
public sealed class TimeSpecTests
{
    public static TheoryData<TimeSpecExample> Examples() => [.. TimeSpec.Load("times.md")];

    [Fact]
    public void The_spec_has_enough_examples() => Assert.True(TimeSpec.Load("times.md").Count >= 40);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Finds_and_normalises(TimeSpecExample example)
    {
        Document document = LoadedPolish.Language.CreateExtractionPipeline().Process(
            Document.Create(example.Input, new DocumentInfo(Date: example.Date)));
        ExtractionResult result = ExtractionResultBuilder.From(document);
        string[] actual = [.. result.Times.Select(t => $"{t.Text} | {t.Type} | {t.Value}")];
        Assert.Equal(example.Expected, actual);
    }
}

/// <summary>An example: document date (or none), text, and the expected expressions as "text | TYPE | value".</summary>
public sealed record TimeSpecExample(string Id, DateOnly? Date, string Input, IReadOnlyList<string> Expected)
{
    public override string ToString() => Id;
}

/// <summary>Reads <c>Time/specs/*.md</c>: a <c>###</c> heading starts an example; <c>date:</c>, <c>input:</c>, <c>time:</c> lines describe it.</summary>
public static class TimeSpec
{
    public static IReadOnlyList<TimeSpecExample> Load(string fileName) =>
        [.. SpecSections.Read("Time", fileName).Select(s => new TimeSpecExample(s.Id, s.Date(), s.Required("input"), s.All("time")))];
}
