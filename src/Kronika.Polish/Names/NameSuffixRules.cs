namespace Kronika.Polish.Names;

/// <summary>
/// Learnt ending rules for name words the dictionary does not know: given the word's last letters and its
/// context in the name, the ending change that gives its nominative (<c>Ławrowa</c> after a changed first
/// name → <c>Ławrow</c>). The longest ending seen often enough wins; for one ending, the most
/// specific context that has it. Trained by <c>kronika train nelemma</c>; immutable and thread-safe.
/// </summary>
public sealed class NameSuffixRules
{
    public const int MaxSuffix = 5;
    private const string Magic = "kronika-name-suffix-rules";
    private const int FormatVersion = 1;

    // An ending must have been seen this often in a context before it is trusted there.
    private const int MinCount = 2;

    private readonly Dictionary<string, (SuffixRewrite Rewrite, int Count)> _rules;

    public NameSuffixRules(Dictionary<string, (SuffixRewrite Rewrite, int Count)> rules) => _rules = rules;

    public int Count => _rules.Count;

    /// <summary>The keys a word is looked up under, most specific first within each context level.</summary>
    public static IEnumerable<string> ContextLevels(NameWordContext context)
    {
        yield return context.Position + ":" + context.CaseHint;
        yield return context.Position + ":*";
        yield return "*:*";
    }

    public static string Key(string contextLevel, string suffix) => contextLevel + "|" + suffix;

    /// <summary>The rewrite for <paramref name="word"/> in <paramref name="context"/>; identity when nothing fits.</summary>
    public SuffixRewrite Predict(string word, NameWordContext context)
    {
        string lower = word.ToLowerInvariant();
        for (int length = Math.Min(MaxSuffix, lower.Length); length >= 1; length--)
        {
            foreach (string level in ContextLevels(context))
            {
                if (_rules.TryGetValue(Key(level, lower[^length..]), out var rule) && rule.Count >= MinCount && rule.Rewrite.Cut < lower.Length)
                {
                    return rule.Rewrite;
                }
            }
        }

        return SuffixRewrite.Identity;
    }

    public void Save(string path) => ModelFile.Write(path, Magic, FormatVersion, writer =>
    {
        writer.Write(_rules.Count);
        foreach ((string key, (SuffixRewrite rewrite, int count)) in _rules.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write(rewrite.Cut);
            writer.Write(rewrite.Append);
            writer.Write(count);
        }
    });

    public static NameSuffixRules Load(string path) => ModelFile.Read(path, Magic, FormatVersion, "name-lemma model", reader =>
    {
        int count = reader.ReadInt32();
        var rules = new Dictionary<string, (SuffixRewrite, int)>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            string key = reader.ReadString();
            var rewrite = new SuffixRewrite(reader.ReadInt32(), reader.ReadString());
            rules[key] = (rewrite, reader.ReadInt32());
        }

        return new NameSuffixRules(rules);
    });
}

/// <summary>
/// Where an unknown word stands in its name: <see cref="Position"/> is <c>F</c> (first declinable word),
/// <c>C</c> (after a word that changed) or <c>K</c> (after a word kept as written); <see cref="CaseHint"/>
/// is the case the tagger gave the word (or <c>-</c>).
/// </summary>
public readonly record struct NameWordContext(char Position, string CaseHint);
