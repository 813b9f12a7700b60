using System.Globalization;
using System.Text;

namespace Kronika.Polish.Tests.Tokenization;

/// <summary>
/// Reads the example files in <c>specs/</c>: a <c>###</c> heading starts an example, and
/// <c>field: value</c> lines describe it. Other lines are prose for humans.
/// </summary>
public static class SpecFile
{
    private const string Separator = " | ";

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Tokenization", "specs");

    public static IReadOnlyList<SpecExample> Load(string fileName)
    {
        string path = Path.Combine(Directory, fileName);
        var examples = new List<SpecExample>();
        Builder? current = null;
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                Add(current);
                current = new Builder($"{fileName}:{lineNumber} {line[4..].Trim()}");
                continue;
            }

            if (current is null || !TrySplitField(line, out string field, out string value))
            {
                continue;
            }

            switch (field)
            {
                case "input":
                    current.Input = Unescape(value);
                    break;
                case "tokens":
                    current.Tokens = [.. value.Split(Separator).Select(Unescape)];
                    break;
                case "kinds":
                    current.Kinds.AddRange(value.Split(Separator).Select(ParseKind));
                    break;
                case "sentence":
                    (current.Sentences ??= []).Add(Unescape(value));
                    break;
                case "paragraphs":
                    current.Paragraphs = int.Parse(value, CultureInfo.InvariantCulture);
                    current.Sentences ??= [];
                    break;
                default:
                    throw new FormatException($"{fileName}:{lineNumber}: unknown field '{field}'.");
            }
        }

        Add(current);
        return examples;

        void Add(Builder? builder)
        {
            if (builder is not null)
            {
                examples.Add(builder.Build());
            }
        }
    }

    private static bool TrySplitField(string line, out string field, out string value)
    {
        int colon = line.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0 || line[..colon].Contains(' ', StringComparison.Ordinal))
        {
            field = value = string.Empty;
            return false;
        }

        field = line[..colon];
        value = line[(colon + 2)..];
        return true;
    }

    // The kind follows the last '=' so that tokens such as "=" can be described ("==Symbol").
    private static (string Text, string Kind) ParseKind(string pair)
    {
        int equals = pair.LastIndexOf('=');
        return (Unescape(pair[..equals]), pair[(equals + 1)..]);
    }

    /// <summary>Turns \n, \r, \t, \\ and \uXXXX into the characters they stand for.</summary>
    public static string Unescape(string value)
    {
        var result = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\' || i + 1 == value.Length)
            {
                result.Append(value[i]);
                continue;
            }

            char code = value[++i];
            switch (code)
            {
                case 'n': result.Append('\n'); break;
                case 'r': result.Append('\r'); break;
                case 't': result.Append('\t'); break;
                case 'u':
                    result.Append((char)int.Parse(value.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: result.Append(code); break;
            }
        }

        return result.ToString();
    }

    private sealed class Builder(string id)
    {
        public string? Input { get; set; }

        public List<string>? Tokens { get; set; }

        public List<(string Text, string Kind)> Kinds { get; } = [];

        public List<string>? Sentences { get; set; }

        public int? Paragraphs { get; set; }

        public SpecExample Build() =>
            new(id, Input ?? throw new FormatException($"{id}: missing input."), Tokens, Kinds, Sentences, Paragraphs);
    }
}
