namespace Kronika.Polish.Corpora;

/// <summary>A token of the NKJP named-entity corpus: form, gold lemma, gold NKJP tag and IOB entity label.</summary>
public sealed record NkjpToken(string Form, string Lemma, string Tag, string Label);

public sealed record NkjpSentence(IReadOnlyList<NkjpToken> Tokens);

public sealed record NkjpDocument(int Index, string Name, IReadOnlyList<NkjpSentence> Sentences);

/// <summary>
/// Reads the NKJP 1M corpus in the IOB form of <c>nkjp-nested-simplified-v2.iob</c>:
/// <c>orth&lt;TAB&gt;lemma&lt;TAB&gt;tag&lt;TAB&gt;label</c>, sentences separated by blank lines, documents
/// starting with <c>-DOCSTART FILE name</c>.
/// </summary>
public static class NkjpIobReader
{
    /// <summary>
    /// The fixed held-out part: every tenth document (index 9, 19, 29, … in file order), never used for
    /// training by any Kronika model, so that its figures measure unseen text.
    /// </summary>
    public static bool IsHeldOut(NkjpDocument document) => document.Index % 10 == 9;

    public static IEnumerable<NkjpDocument> Read(string path)
    {
        int index = -1;
        string? name = null;
        var sentences = new List<NkjpSentence>();
        var tokens = new List<NkjpToken>();
        foreach (string line in File.ReadLines(path))
        {
            if (line.StartsWith("-DOCSTART", StringComparison.Ordinal))
            {
                if (!line.StartsWith("-DOCSTART FILE", StringComparison.Ordinal))
                {
                    continue;
                }

                Flush(sentences, tokens);
                if (name is not null)
                {
                    yield return new NkjpDocument(index, name, sentences);
                }

                index++;
                name = line["-DOCSTART FILE".Length..].Trim();
                sentences = [];
                continue;
            }

            if (line.Length == 0)
            {
                Flush(sentences, tokens);
                continue;
            }

            string[] columns = line.Split('\t');
            if (columns.Length < 4)
            {
                throw new FormatException($"{path}: expected orth, lemma, tag and label: {line}");
            }

            tokens.Add(new NkjpToken(columns[0], columns[1], columns[2].TrimEnd(':'), columns[3]));
        }

        Flush(sentences, tokens);
        if (name is not null)
        {
            yield return new NkjpDocument(index, name, sentences);
        }
    }

    private static void Flush(List<NkjpSentence> sentences, List<NkjpToken> tokens)
    {
        if (tokens.Count > 0)
        {
            sentences.Add(new NkjpSentence([.. tokens]));
            tokens.Clear();
        }
    }
}
