using System.Text;

namespace Kronika.Polish.Corpora;

/// <summary>A gold mention of SlavicNER: UTF-16 offsets into the document's (NFC) text, surface, base form, type (PER, ORG, LOC, EVT, PRO) and cross-lingual id.</summary>
public sealed record SlavicNerMention(int Start, int End, string Surface, string Lemma, string Type, string Id);

/// <summary>One SlavicNER article: its topic, file name, position among its topic's files, text and mentions.</summary>
public sealed record SlavicNerDocument(string Topic, string Name, int Index, string Text, IReadOnlyList<SlavicNerMention> Mentions)
{
    /// <summary>Mentions listed in the file whose text could not be found at or near their offsets.</summary>
    public int Unaligned { get; init; }
}

/// <summary>
/// Reads the SlavicNER (BSNLP) Polish data: <c>DIR/&lt;topic&gt;/raw/*.txt</c> articles and
/// <c>DIR/&lt;topic&gt;/ner/*.tsv</c> mentions (<c>start, end, surface, lemma, type, id</c>; offsets
/// count Unicode code points, end exclusive). Offsets are turned into UTF-16 offsets of the NFC text, and
/// each mention is checked against the text: one that is not where its offsets say is looked for nearby,
/// and dropped (counted in <see cref="SlavicNerDocument.Unaligned"/>) if it is not there either.
/// </summary>
public static class SlavicNerReader
{
    private const int SearchRadius = 64;

    /// <summary>
    /// The fixed held-out part: every fifth article of each topic (positions 4, 9, 14, … in ordinal
    /// file-name order), never used to train the name recogniser.
    /// </summary>
    public static bool IsHeldOut(SlavicNerDocument document) => document.Index % 5 == 4;

    public static IEnumerable<SlavicNerDocument> Read(string folder)
    {
        foreach (string topic in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            string raw = Path.Combine(topic, "raw");
            string ner = Path.Combine(topic, "ner");
            if (!Directory.Exists(raw) || !Directory.Exists(ner))
            {
                continue;
            }

            int index = 0;
            foreach (string file in Directory.EnumerateFiles(raw, "*.txt").Order(StringComparer.Ordinal))
            {
                string name = Path.GetFileNameWithoutExtension(file);
                string annotations = Path.Combine(ner, name + ".tsv");
                string[] lines = File.Exists(annotations) ? File.ReadAllLines(annotations) : [];
                yield return Parse(Path.GetFileName(topic), name, index++, File.ReadAllText(file), lines);
            }
        }
    }

    /// <summary>Parses one article and the lines of its mention file.</summary>
    public static SlavicNerDocument Parse(string topic, string name, int index, string rawText, IEnumerable<string> mentionLines)
    {
        int[] utf16Of = CodePointOffsets(rawText);
        string text = rawText.IsNormalized(NormalizationForm.FormC) ? rawText : rawText.Normalize(NormalizationForm.FormC);
        var mentions = new List<SlavicNerMention>();
        int unaligned = 0;
        foreach (string line in mentionLines)
        {
            string[] columns = line.Split('\t');
            if (columns.Length < 5 || !int.TryParse(columns[0], out int start) || !int.TryParse(columns[1], out int end))
            {
                if (line.Trim().Length > 0)
                {
                    unaligned++;
                }

                continue;
            }

            string surface = columns[2].Normalize(NormalizationForm.FormC);
            int at = start >= 0 && start < utf16Of.Length ? utf16Of[start] : -1;
            int found = Locate(text, surface, at);
            if (found < 0)
            {
                unaligned++;
                continue;
            }

            mentions.Add(new SlavicNerMention(found, found + surface.Length, surface, columns[3], columns[4], columns.Length > 5 ? columns[5] : ""));
        }

        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return new SlavicNerDocument(topic, name, index, text, mentions) { Unaligned = unaligned };
    }

    /// <summary>The UTF-16 offset of each code-point offset (and of the end).</summary>
    private static int[] CodePointOffsets(string text)
    {
        var offsets = new List<int>(text.Length + 1);
        for (int i = 0; i < text.Length; i++)
        {
            offsets.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        offsets.Add(text.Length);
        return [.. offsets];
    }

    /// <summary>Where <paramref name="surface"/> stands in the text: at <paramref name="expected"/> if it is there, else its nearest occurrence within a short distance, else -1.</summary>
    private static int Locate(string text, string surface, int expected)
    {
        if (surface.Length == 0)
        {
            return -1;
        }

        if (expected >= 0 && expected + surface.Length <= text.Length && string.CompareOrdinal(text, expected, surface, 0, surface.Length) == 0)
        {
            return expected;
        }

        int from = Math.Max(0, expected - SearchRadius);
        int to = Math.Min(text.Length, Math.Max(0, expected) + SearchRadius + surface.Length);
        int best = -1;
        for (int at = text.IndexOf(surface, from, to - from, StringComparison.Ordinal); at >= 0; at = at + 1 < to ? text.IndexOf(surface, at + 1, to - at - 1, StringComparison.Ordinal) : -1)
        {
            if (best < 0 || Math.Abs(at - expected) < Math.Abs(best - expected))
            {
                best = at;
            }
        }

        return best;
    }
}
