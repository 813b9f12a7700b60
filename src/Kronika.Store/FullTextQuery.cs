using System.Text;

namespace Kronika.Store;

/// <summary>
/// Turns what a user typed into an FTS5 query that can never be read as FTS syntax: every word becomes a
/// quoted string (inner quotes doubled) matched as a prefix, so that <c>Zełenskiego</c> is found by
/// <c>Zełensk</c> and <c>NEAR(</c>, <c>"</c>, <c>*</c>, <c>OR</c> or <c>-</c> are plain words. All words must occur.
/// </summary>
public static class FullTextQuery
{
    /// <summary>The FTS5 query, or null when the input holds no word (nothing can match).</summary>
    public static string? Build(string? words)
    {
        if (string.IsNullOrWhiteSpace(words))
        {
            return null;
        }

        var query = new StringBuilder();
        foreach (string word in Words(words))
        {
            if (query.Length > 0)
            {
                query.Append(' ');
            }

            query.Append('"').Append(word.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\"*");
        }

        return query.Length == 0 ? null : query.ToString();
    }

    /// <summary>Runs of letters and digits: what the unicode61 tokenizer would index, so a quoted word is never empty.</summary>
    private static IEnumerable<string> Words(string text)
    {
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool wordChar = i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark);
            if (wordChar && start < 0)
            {
                start = i;
            }
            else if (!wordChar && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }
}
