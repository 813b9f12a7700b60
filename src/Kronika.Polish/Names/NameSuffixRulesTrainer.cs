using Kronika.Core;

namespace Kronika.Polish.Names;

/// <summary>
/// Learns <see cref="NameSuffixRules"/> from names with gold base forms: every word the dictionary does
/// not decline contributes its ending change under each of its endings and context levels; the most
/// frequent change per (context, ending) is kept.
/// </summary>
public static class NameSuffixRulesTrainer
{
    public static NameSuffixRules Train(PolishLanguage polish, IEnumerable<NameLemmaExample> examples, out int wordsLearnt)
    {
        var counts = new Dictionary<string, Dictionary<SuffixRewrite, int>>(StringComparer.Ordinal);
        int learnt = 0;
        var lemmatizer = new NameLemmatizer(polish, rules: null);
        foreach (NameLemmaExample example in examples)
        {
            Document written = lemmatizer.Analyse(example.Written);
            Document gold = lemmatizer.Analyse(example.Lemma);
            if (written.Tokens.Length != gold.Tokens.Length || written.Tokens.Length == 0)
            {
                continue; // the base form does not align word by word (rare: reordered or reworded names)
            }

            string[] goldTokens = [.. gold.Tokens.Select(gold.TextOf)];
            var teacher = new RuleTeacher(goldTokens, (word, context, goldWord) =>
            {
                learnt++;
                SuffixRewrite rewrite = SuffixRewrite.Between(word, goldWord);
                string lower = word.ToLowerInvariant();
                foreach (string level in NameSuffixRules.ContextLevels(context))
                {
                    for (int length = 1; length <= Math.Min(NameSuffixRules.MaxSuffix, lower.Length); length++)
                    {
                        string key = NameSuffixRules.Key(level, lower[^length..]);
                        if (!counts.TryGetValue(key, out var changes))
                        {
                            counts[key] = changes = [];
                        }

                        changes[rewrite] = changes.GetValueOrDefault(rewrite) + 1;
                    }
                }
            });
            lemmatizer.LemmatizeWords(written, 0, written.Tokens.Length, teacher);
        }

        wordsLearnt = learnt;
        var rules = new Dictionary<string, (SuffixRewrite, int)>(StringComparer.Ordinal);
        foreach ((string key, Dictionary<SuffixRewrite, int> changes) in counts)
        {
            // Ties go to the ordinally first rewrite so that training is deterministic.
            var best = changes.OrderByDescending(c => c.Value).ThenBy(c => c.Key.ToString(), StringComparer.Ordinal).First();
            rules[key] = (best.Key, best.Value);
        }

        return new NameSuffixRules(rules);
    }
}
