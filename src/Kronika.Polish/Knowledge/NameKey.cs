using System.Text;

namespace Kronika.Polish.Knowledge;

/// <summary>
/// The form under which names are looked up: lower case, one space between words, one kind of hyphen
/// and no dots, so that <c>Korea  Północna</c>, <c>korea północna</c> and <c>Kim Jong‑un</c> meet their entries.
/// </summary>
public static class NameKey
{
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = new StringBuilder(name.Length);
        bool space = false;
        foreach (char c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                space = key.Length > 0;
                continue;
            }

            if (c == '.')
            {
                continue;
            }

            if (space)
            {
                key.Append(' ');
                space = false;
            }

            key.Append(c is '\u2010' or '\u2011' or '\u2012' or '\u2013' ? '-' : char.ToLowerInvariant(c));
        }

        return key.ToString();
    }
}
