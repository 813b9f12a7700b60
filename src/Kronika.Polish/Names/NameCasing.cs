namespace Kronika.Polish.Names;

/// <summary>Carries the capitalisation of a written word over to its base form (<c>USA</c>, <c>McDonalda</c> → <c>McDonald</c>).</summary>
internal static class NameCasing
{
    public static string Transfer(string written, string baseForm)
    {
        bool allCaps = written.Length > 1 && written.All(c => !char.IsLetter(c) || char.IsUpper(c));
        var chars = new char[baseForm.Length];
        for (int i = 0; i < baseForm.Length; i++)
        {
            bool upper = i < written.Length ? char.IsUpper(written[i]) : allCaps;
            chars[i] = upper ? char.ToUpperInvariant(baseForm[i]) : char.ToLowerInvariant(baseForm[i]);
        }

        return new string(chars);
    }
}
