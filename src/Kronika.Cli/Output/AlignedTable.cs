namespace Kronika.Cli.Output;

/// <summary>
/// A plain-text table for a terminal or a pager: columns padded to their widest cell, a rule under the
/// header, long cells cut with an ellipsis so that a row stays on one line.
/// </summary>
internal static class AlignedTable
{
    public const int MaxCellWidth = 60;

    public static void Write(TextWriter output, IReadOnlyList<string> headers, IReadOnlyList<string[]> rows)
    {
        var cells = rows.Select(r => r.Select(Cut).ToArray()).ToList();
        int[] widths = [.. headers.Select((h, i) => cells.Select(r => r[i].Length).Append(h.Length).Max())];
        WriteRow(output, headers, widths);
        WriteRow(output, [.. widths.Select(w => new string('-', w))], widths);
        foreach (string[] row in cells)
        {
            WriteRow(output, row, widths);
        }
    }

    private static void WriteRow(TextWriter output, IReadOnlyList<string> cells, int[] widths)
    {
        var line = new System.Text.StringBuilder();
        for (int i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                line.Append("  ");
            }

            // The last column is not padded: no trailing spaces.
            line.Append(i == cells.Count - 1 ? cells[i] : cells[i].PadRight(widths[i]));
        }

        output.WriteLine(line.ToString());
    }

    /// <summary>One line of at most <see cref="MaxCellWidth"/> characters.</summary>
    private static string Cut(string cell)
    {
        string flat = cell.ReplaceLineEndings(" ").Replace('\t', ' ');
        return flat.Length <= MaxCellWidth ? flat : flat[..(MaxCellWidth - 1)] + "…";
    }
}
