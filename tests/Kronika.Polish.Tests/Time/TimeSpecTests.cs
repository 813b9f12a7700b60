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
    public static IReadOnlyList<TimeSpecExample> Load(string fileName)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Time", "specs", fileName);
        var examples = new List<TimeSpecExample>();
        string? id = null, input = null;
        DateOnly? date = null;
        List<string> expected = [];
        void Flush()
        {
            if (id is not null)
            {
                examples.Add(new TimeSpecExample(id, date, input ?? throw new FormatException($"{id}: no input"), expected));
            }
        }

        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                Flush();
                id = $"{fileName}:{lineNumber} {line[4..].Trim()}";
                input = null;
                date = null;
                expected = [];
            }
            else if (id is not null && line.StartsWith("date: ", StringComparison.Ordinal))
            {
                string value = line[6..].Trim();
                date = value == "none" ? null : DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
            else if (id is not null && line.StartsWith("input: ", StringComparison.Ordinal))
            {
                input = line[7..].Trim();
            }
            else if (id is not null && line.StartsWith("time: ", StringComparison.Ordinal) && line[6..].Trim() != "none")
            {
                expected.Add(line[6..].Trim());
            }
        }

        Flush();
        return examples;
    }
}
