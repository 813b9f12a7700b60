using System.Globalization;
using System.Text;

namespace Kronika.Store;

/// <summary>
/// The two normal forms of a name in the archive: the identity form (lower case, NFC, whitespace
/// collapsed), which keeps diacritics because <c>Łódź</c> and <c>Lodz</c> may differ, and the look-up form,
/// which also drops them so that a user typing <c>zelenski</c> finds <c>Zełenski</c>.
/// </summary>
public static class NameFolding
{
    /// <summary>Lower case, NFC, runs of whitespace as one space, trimmed.</summary>
    public static string Identity(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        bool space = false;
        foreach (char c in name.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>The identity form without diacritics; <c>ł</c>, which Unicode does not decompose, becomes <c>l</c>.</summary>
    public static string Lookup(string name)
    {
        string decomposed = Identity(name).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c == 'ł' ? 'l' : c);
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
