using System.Net;
using System.Text;
using Kronika.Core.Text;

namespace Kronika.Polish.Names;

/// <summary>A name as written, its gold base form and, when the corpus gives it, what kind of name it is.</summary>
public readonly record struct NameLemmaExample(string Written, string Lemma, NameCategory Category = default);

/// <summary>
/// Readers of the name base-form corpora: KPWr's phrase list and SlavicNER's mention files. SlavicNER's
/// fixed held-out part is every fifth document of each topic (zero-based positions 4, 9, 14… of the
/// topic's <c>ner/*.tsv</c> files in ordinal file-name order); the named-entity recogniser holds out the same documents.
/// </summary>
public static class NameLemmaCorpus
{
    /// <summary>Which SlavicNER documents to read.</summary>
    public enum Part
    {
        Training,
        HeldOut,
        All,
    }

    /// <summary>
    /// KPWr <c>gold-lemma TAB orth TAB token-lemmas TAB tags TAB flags TAB type [TAB null]</c> lines. In the
    /// six-column train file the orth column has a space between every two tokens and the flags say which
    /// tokens the text followed by a space, so the name is rebuilt as it was written (<c>S. Ishikawa</c>,
    /// <c>Sulima-Kamiński</c>); the seven-column tune file gives the orth as written, with other flags.
    /// </summary>
    public static IEnumerable<NameLemmaExample> ReadKpwr(string path)
    {
        foreach (string line in File.ReadLines(path))
        {
            string[] columns = line.Split('\t');
            if (columns.Length >= 2 && columns[0].Length > 0 && columns[1].Length > 0)
            {
                string written = columns.Length == 6 ? KpwrSurface(columns[1], columns[4]) : columns[1].Trim();
                NameCategory category = columns.Length >= 6 ? KpwrTypes.Category(columns[5].Trim()) : default;
                yield return new NameLemmaExample(written, CleanKpwrLemma(columns[0]), category);
            }
        }
    }

    // The gold base forms carry export artefacts that are no part of the name: runs of spaces where tokens
    // were joined (Dz.   U.) and escaped ampersands (Nash &amp; Young).
    private static string CleanKpwrLemma(string lemma) =>
        string.Join(' ', WebUtility.HtmlDecode(lemma).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string KpwrSurface(string orth, string spaceAfterFlags)
    {
        string[] tokens = orth.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string[] flags = spaceAfterFlags.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length != flags.Length)
        {
            return orth.Trim(); // a token with a space inside: keep the column as it is
        }

        var builder = new StringBuilder();
        for (int i = 0; i < tokens.Length; i++)
        {
            builder.Append(tokens[i]);
            if (i < tokens.Length - 1 && flags[i] == "True")
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether the document at <paramref name="position"/> of its topic's sorted file list is held out.</summary>
    public static bool IsHeldOut(int position) => position % 5 == 4;

    /// <summary>The mention files of a SlavicNER folder (the root with one folder per topic, or one topic), with their held-out flag.</summary>
    public static IEnumerable<(string File, bool HeldOut)> SlavicNerFiles(string root)
    {
        string[] topics = Directory.Exists(Path.Combine(root, "ner"))
            ? [root]
            : [.. Directory.EnumerateDirectories(root).Where(d => Directory.Exists(Path.Combine(d, "ner"))).Order(StringComparer.Ordinal)];
        foreach (string topic in topics)
        {
            string[] files = [.. Directory.EnumerateFiles(Path.Combine(topic, "ner"), "*.tsv").Order(StringComparer.Ordinal)];
            for (int i = 0; i < files.Length; i++)
            {
                yield return (files[i], IsHeldOut(i));
            }
        }
    }

    /// <summary>SlavicNER mentions (<c>start TAB end TAB surface TAB lemma TAB type TAB id</c>) of the chosen part.</summary>
    public static IEnumerable<NameLemmaExample> ReadSlavicNer(string root, Part part)
    {
        foreach ((string file, bool heldOut) in SlavicNerFiles(root))
        {
            if (part != Part.All && heldOut != (part == Part.HeldOut))
            {
                continue;
            }

            foreach (string line in File.ReadLines(file))
            {
                string[] columns = line.Split('\t');
                if (columns.Length >= 4 && columns[2].Trim().Length > 0 && columns[3].Trim().Length > 0)
                {
                    NameCategory category = columns.Length >= 5 ? new NameCategory(NameTrainingData.SlavicNerType(columns[4].Trim())) : default;
                    yield return new NameLemmaExample(columns[2].Trim(), columns[3].Trim(), category);
                }
            }
        }
    }
}
