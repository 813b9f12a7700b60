using System.Globalization;
using Kronika.Core;
using Kronika.Core.Text;
using Kronika.Polish.Tests.Tokenization;

namespace Kronika.Polish.Tests.Events;

/// <summary>One test per example of <c>Events/specs/events.md</c>: every event and claim found, as one line each.</summary>
public sealed class EventSpecTests
{
    public static TheoryData<EventSpecExample> Examples() => [.. EventSpec.Load("events.md"), .. EventSpec.Load("arguments.md"), .. EventSpec.Load("triggers.md"), .. EventSpec.Load("dates.md"), .. EventSpec.Load("actors.md")];

    [Fact]
    public void The_spec_has_enough_examples() => Assert.True(EventSpec.Load("events.md").Count >= 120);

    [Fact]
    public void The_spec_covers_every_event_type()
    {
        string[] types = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
        var covered = EventSpec.Load("events.md").SelectMany(e => e.Expected).Select(l => l.Split(' ', '/')[0]).ToHashSet();
        Assert.Equal("", string.Join(" ", types.Where(t => !covered.Contains(t))));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Finds_the_events_and_claims(EventSpecExample example)
    {
        Document document = EventSpecDocument.Build(example.Input, example.Date, example.Names);
        List<string> actual = EventLines.Of(document);
        Assert.True(actual.SequenceEqual(example.Expected), $"expected:\n  {string.Join("\n  ", example.Expected)}\nactual:\n  {string.Join("\n  ", actual)}");
    }
}

/// <summary>Events and claims written the way the spec states them.</summary>
public static class EventLines
{
    public static List<string> Of(Document document)
    {
        var lines = new List<string>();
        foreach (Event e in document.Events)
        {
            string line = $"{e.Type}{(e.Mode is null ? "" : "/" + e.Mode)} {e.Cameo} | {Actors(document, e.Source)} -> {Actors(document, e.Target)} | {e.Date ?? "-"} | {e.StatusName}";
            if (e.Location is { } place)
            {
                line += " | in " + document.Entities[place].Name;
            }

            if (e.ClaimedBy.Length > 0)
            {
                line += " | by " + Actors(document, e.ClaimedBy);
            }

            lines.Add(line);
        }

        foreach (Claim c in document.Claims)
        {
            lines.Add($"claim {document.Events[c.Event].Type} | {Actors(document, c.Claimants)} | denied by {Actors(document, c.DeniedBy)}");
        }

        return lines;
    }

    /// <summary>Each actor as its state's code, else its name; sorted, joined by "+"; "-" for none.</summary>
    private static string Actors(Document document, IEnumerable<int> entities)
    {
        string[] names = [.. entities.Select(e => document.Entities[e].Country ?? document.Entities[e].Name).Distinct().Order(StringComparer.Ordinal)];
        return names.Length == 0 ? "-" : string.Join('+', names);
    }
}

/// <summary>An example: document date, text, the names in it, and the expected lines.</summary>
public sealed record EventSpecExample(string Id, DateOnly? Date, string Input, IReadOnlyList<string> Names, IReadOnlyList<string> Expected)
{
    public override string ToString() => Id;
}

/// <summary>Reads <c>Events/specs/*.md</c>: a <c>###</c> heading starts an example; <c>date:</c>, <c>input:</c>, <c>names:</c>, <c>event:</c> and <c>claim:</c> lines describe it.</summary>
public static class EventSpec
{
    public static IReadOnlyList<EventSpecExample> Load(string fileName)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Events", "specs", fileName);
        var examples = new List<EventSpecExample>();
        string? id = null, input = null;
        DateOnly? date = null;
        List<string> names = [], expected = [];
        void Flush()
        {
            if (id is not null)
            {
                examples.Add(new EventSpecExample(id, date, input ?? throw new FormatException($"{id}: no input"), names, expected));
            }
        }

        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                Flush();
                (id, input, date, names, expected) = ($"{fileName}:{lineNumber} {line[4..].Trim()}", null, null, [], []);
            }
            else if (id is null)
            {
                continue;
            }
            else if (line.StartsWith("date: ", StringComparison.Ordinal))
            {
                string value = line[6..].Trim();
                date = value == "none" ? null : DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("input: ", StringComparison.Ordinal))
            {
                input = SpecFile.Unescape(line[7..].Trim());
            }
            else if (line.StartsWith("names: ", StringComparison.Ordinal))
            {
                names = [.. line[7..].Split(" | ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
            }
            else if (line.StartsWith("event: ", StringComparison.Ordinal) && line[7..].Trim() != "none")
            {
                expected.Add(line[7..].Trim());
            }
            else if (line.StartsWith("claim: ", StringComparison.Ordinal))
            {
                expected.Add("claim " + line[7..].Trim());
            }
        }

        Flush();
        return examples;
    }
}
