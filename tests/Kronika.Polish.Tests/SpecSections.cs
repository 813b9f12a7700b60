using System.Globalization;

namespace Kronika.Polish.Tests;

/// <summary>
/// One example of a Markdown spec file: its id (file, line and heading) and its <c>field: value</c> lines, in
/// order. Each stage's spec reader turns these into its own typed examples.
/// </summary>
public sealed record SpecSection(string Id, IReadOnlyList<(string Field, string Value)> Fields)
{
    /// <summary>The values of every <paramref name="field"/> line, with <c>none</c> (an explicit "nothing expected") left out.</summary>
    public IReadOnlyList<string> All(string field) =>
        [.. Fields.Where(f => f.Field == field && f.Value != "none").Select(f => f.Value)];

    /// <summary>The value of the last <paramref name="field"/> line, or null.</summary>
    public string? Last(string field) => Fields.LastOrDefault(f => f.Field == field).Value;

    public string Required(string field) => Last(field) ?? throw new FormatException($"{Id}: no {field}");

    /// <summary>The <c>date:</c> line as a date (<c>none</c> for no date), or <paramref name="otherwise"/> without one.</summary>
    public DateOnly? Date(DateOnly? otherwise = null) => Last("date") switch
    {
        null => otherwise,
        "none" => null,
        string value => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}

/// <summary>Reads the sections of a spec file: a <c>###</c> heading starts an example; <c>field: value</c> lines describe it; other lines are prose.</summary>
public static class SpecSections
{
    public static IReadOnlyList<SpecSection> Read(string folder, string fileName)
    {
        string path = Path.Combine(AppContext.BaseDirectory, folder, "specs", fileName);
        var sections = new List<SpecSection>();
        string? id = null;
        var fields = new List<(string, string)>();
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                if (id is not null)
                {
                    sections.Add(new SpecSection(id, fields));
                }

                id = $"{fileName}:{lineNumber} {line[4..].Trim()}";
                fields = [];
            }
            else if (id is not null && line.IndexOf(": ", StringComparison.Ordinal) is int colon and > 0 && line[..colon].All(char.IsAsciiLetterLower))
            {
                fields.Add((line[..colon], line[(colon + 2)..].Trim()));
            }
        }

        if (id is not null)
        {
            sections.Add(new SpecSection(id, fields));
        }

        return sections;
    }
}
