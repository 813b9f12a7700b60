using System.Collections.Frozen;

namespace Kronika.Polish.Morphology;

/// <summary>
/// Learns a <see cref="SuffixGuesser"/> from dictionary entries: for every ending of 2–5 letters, how often
/// each (tag, lemma rule) pair occurs among the words with that ending. Only open-class words are used
/// (nouns, adjectives, verbs, adverbs): unknown words are almost never pronouns or prepositions.
/// </summary>
public static class SuffixGuesserTrainer
{
    private const int MaxOptions = 6;
    private const int MinSuffixCount = 3;

    private static readonly FrozenSet<string> OpenClasses = FrozenSet.ToFrozenSet(
        ["subst", "depr", "adj", "adja", "adjp", "adv", "fin", "praet", "inf", "impt", "imps", "ger", "pact", "ppas", "pcon", "pant"],
        StringComparer.Ordinal);

    public static SuffixGuesser Train(IEnumerable<(string Form, string Lemma, string Tag)> entries)
    {
        var proper = new Dictionary<string, Dictionary<(string Tag, int Cut, string Append), int>>(StringComparer.Ordinal);
        var common = new Dictionary<string, Dictionary<(string Tag, int Cut, string Append), int>>(StringComparer.Ordinal);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string form, string lemma, string tag) in entries)
        {
            int colon = tag.IndexOf(':');
            if (form.Length < 4 || lemma.Length == 0 || !OpenClasses.Contains(colon < 0 ? tag : tag[..colon]))
            {
                continue;
            }

            int common0 = CommonPrefix(form, lemma);
            if (common0 < 2)
            {
                continue; // Suppletive forms (ludzie → człowiek) teach nothing about endings.
            }

            if (!tags.TryGetValue(tag, out string? sharedTag))
            {
                tags[tag] = sharedTag = tag;
            }

            bool isProper = char.IsUpper(lemma[0]);
            var key = (sharedTag, form.Length - common0, lemma[common0..]);
            var table = isProper ? proper : common;
            string lower = form.ToLowerInvariant();
            for (int length = SuffixGuesser.MinSuffix; length <= SuffixGuesser.MaxSuffix && length < lower.Length; length++)
            {
                string suffix = lower[^length..];
                if (!table.TryGetValue(suffix, out var counts))
                {
                    table[suffix] = counts = [];
                }

                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        return new SuffixGuesser(Prune(proper), Prune(common));
    }

    private static int CommonPrefix(string form, string lemma)
    {
        int n = Math.Min(form.Length, lemma.Length);
        int i = 0;
        while (i < n && char.ToLowerInvariant(form[i]) == char.ToLowerInvariant(lemma[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Keeps the most frequent options of each ending that covers enough words to be trusted.</summary>
    private static Dictionary<string, GuessOption[]> Prune(Dictionary<string, Dictionary<(string Tag, int Cut, string Append), int>> table)
    {
        var pruned = new Dictionary<string, GuessOption[]>(StringComparer.Ordinal);
        foreach ((string suffix, var counts) in table)
        {
            int total = counts.Values.Sum();
            if (total < MinSuffixCount)
            {
                continue;
            }

            int top = counts.Values.Max();
            pruned[suffix] = counts
                .Where(p => p.Value * 10 >= top)
                .OrderByDescending(p => p.Value)
                .ThenBy(p => p.Key.Tag, StringComparer.Ordinal)
                .Take(MaxOptions)
                .Select(p => new GuessOption(p.Key.Tag, p.Key.Cut, p.Key.Append))
                .ToArray();
        }

        return pruned;
    }
}
