namespace Kronika.Core.Corpora;

/// <summary>One syntactic word of a CoNLL-U sentence (multiword token ranges and empty nodes are skipped).</summary>
public sealed record ConlluWord(string Form, string Lemma, string Upos, string Xpos, IReadOnlyDictionary<string, string> Features, bool SpaceAfter)
{
    /// <summary>The position (1-based) of the word this one depends on; 0 for the root, -1 when the file gives none.</summary>
    public int Head { get; init; } = -1;

    /// <summary>The dependency relation to the head (<c>nsubj</c>, <c>obl:arg</c>…), or <c>_</c>.</summary>
    public string Deprel { get; init; } = "_";
}

public sealed record ConlluSentence(string? Id, string? Text, IReadOnlyList<ConlluWord> Words);

/// <summary>Reads CoNLL-U files (Universal Dependencies): ten tab-separated columns, sentences separated by blank lines.</summary>
public static class ConlluReader
{
    public static IEnumerable<ConlluSentence> Read(string path)
    {
        var words = new List<ConlluWord>();
        string? id = null, text = null;
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                if (words.Count > 0)
                {
                    yield return new ConlluSentence(id, text, words);
                }

                words = [];
                id = text = null;
                continue;
            }

            if (line[0] == '#')
            {
                if (line.StartsWith("# sent_id = ", StringComparison.Ordinal))
                {
                    id = line[12..];
                }
                else if (line.StartsWith("# text = ", StringComparison.Ordinal))
                {
                    text = line[9..];
                }

                continue;
            }

            string[] columns = line.Split('\t');
            if (columns.Length != 10)
            {
                throw new FormatException($"{path}: a CoNLL-U word line must have 10 columns: {line}");
            }

            // "3-4" is a multiword token, "5.1" an empty node: neither is a syntactic word.
            if (columns[0].Contains('-') || columns[0].Contains('.'))
            {
                continue;
            }

            words.Add(new ConlluWord(columns[1], columns[2], columns[3], columns[4], ParseFeatures(columns[5]), !columns[9].Contains("SpaceAfter=No", StringComparison.Ordinal))
            {
                Head = int.TryParse(columns[6], out int head) ? head : -1,
                Deprel = columns[7],
            });
        }

        if (words.Count > 0)
        {
            yield return new ConlluSentence(id, text, words);
        }
    }

    private static Dictionary<string, string> ParseFeatures(string column)
    {
        var features = new Dictionary<string, string>(StringComparer.Ordinal);
        if (column == "_")
        {
            return features;
        }

        foreach (string pair in column.Split('|'))
        {
            int eq = pair.IndexOf('=');
            if (eq > 0)
            {
                features[pair[..eq]] = pair[(eq + 1)..];
            }
        }

        return features;
    }
}
