namespace Kronika.Polish.Names;

/// <summary>An ending change: drop <see cref="Cut"/> letters, append <see cref="Append"/> (<c>Putina</c> −1 → <c>Putin</c>).</summary>
public readonly record struct SuffixRewrite(int Cut, string Append)
{
    public static readonly SuffixRewrite Identity = new(0, "");

    public bool IsIdentity => Cut == 0 && Append.Length == 0;

    /// <summary>The rewrite that turns <paramref name="form"/> into <paramref name="lemma"/> (case-insensitively).</summary>
    public static SuffixRewrite Between(string form, string lemma)
    {
        int common = 0;
        while (common < form.Length && common < lemma.Length && char.ToLowerInvariant(form[common]) == char.ToLowerInvariant(lemma[common]))
        {
            common++;
        }

        return new SuffixRewrite(form.Length - common, lemma[common..].ToLowerInvariant());
    }

    /// <summary>Applies the rewrite; null when the word is too short for it.</summary>
    public string? Apply(string word) => Cut >= word.Length ? null : word[..^Cut] + Append;

    public override string ToString() => $"-{Cut}+{Append}";
}
