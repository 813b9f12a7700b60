using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Kronika.Polish.Knowledge;

/// <summary>
/// Finds the longest role phrase starting at a position of a sentence: <c>minister spraw
/// zagranicznych</c> wins over <c>minister</c>. A phrase word matches a token's lemma or its form (under
/// <see cref="NameKey"/>), because the head inflects (<c>ministrowi</c>) while its genitive dependents are
/// written as they stand (<c>spraw zagranicznych</c>).
/// </summary>
public sealed class RolePhraseIndex
{
    private readonly FrozenDictionary<string, ImmutableArray<(string[] Words, RoleDefinition Role)>> _byFirstWord;

    public RolePhraseIndex(IEnumerable<RoleDefinition> roles)
    {
        _byFirstWord = roles
            .SelectMany(r => r.Phrases.Select(p => (Words: p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(NameKey.Of).ToArray(), Role: r)))
            .Where(x => x.Words.Length > 0)
            .GroupBy(x => x.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(x => x.Words.Length).ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>The role whose longest phrase matches the words from <paramref name="start"/>, and its length in words.</summary>
    /// <param name="lemmas">The lemma of each word.</param>
    /// <param name="forms">The words as written, parallel to <paramref name="lemmas"/>.</param>
    /// <param name="end">Phrases must end at or before this index (e.g. where a recognised name begins); by default the end of the words.</param>
    public (RoleDefinition Role, int Length)? Match(IReadOnlyList<string> lemmas, IReadOnlyList<string> forms, int start, int? end = null)
    {
        ArgumentNullException.ThrowIfNull(lemmas);
        ArgumentNullException.ThrowIfNull(forms);
        if (start >= lemmas.Count)
        {
            return null;
        }

        string first = lemmas[start];
        Span<char> key = first.Length <= NameKey.StackLimit ? stackalloc char[NameKey.StackLimit] : new char[first.Length];
        if (!_byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key[..NameKey.Write(first, key)], out var candidates))
        {
            return null;
        }

        foreach ((string[] words, RoleDefinition role) in candidates)
        {
            if (start + words.Length > (end ?? lemmas.Count))
            {
                continue;
            }

            bool all = true;
            for (int i = 1; i < words.Length && all; i++)
            {
                all = NameKey.Matches(lemmas[start + i], words[i]) || NameKey.Matches(forms[start + i], words[i]);
            }

            if (all)
            {
                return (role, words.Length);
            }
        }

        return null;
    }
}
