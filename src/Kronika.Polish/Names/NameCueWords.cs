using Kronika.Polish.Knowledge;
using Kronika.Polish.Tagging;

namespace Kronika.Polish.Names;

/// <summary>
/// Lower-case words that hint at a name nearby, by lemma: country adjectives and demonyms (NKJP marks
/// <c>polski</c> and <c>Polak</c> as places), the head nouns that begin institution names (<c>Ministerstwo</c>,
/// <c>Sąd</c>, from <c>data/ner-organization-heads.txt</c>), and the end of a role phrase (<c>minister spraw
/// zagranicznych</c>), which often stands before a person's name. Features of the recogniser, not decisions.
/// Immutable and thread-safe.
/// </summary>
public sealed class NameCueWords
{
    public const string OrganizationHeadsFile = "ner-organization-heads.txt";

    public const byte CountryAdjective = 1;
    public const byte Demonym = 2;
    public const byte OrganizationHead = 4;
    public const byte RoleEnd = 8;

    private const int MaxRoleWords = 5;

    private readonly Dictionary<ulong, byte> _byLemma = [];

    // Role phrases as chained word hashes: every prefix (to stop early) and the whole phrases.
    private readonly HashSet<ulong> _rolePrefixes = [];
    private readonly HashSet<ulong> _roles = [];

    public NameCueWords(IEnumerable<string> countryAdjectives, IEnumerable<string> demonyms, IEnumerable<string> organizationHeads, IEnumerable<string> rolePhrases)
    {
        Add(countryAdjectives, CountryAdjective);
        Add(demonyms, Demonym);
        Add(organizationHeads, OrganizationHead);
        foreach (string phrase in rolePhrases)
        {
            string[] words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is 0 or > MaxRoleWords)
            {
                continue;
            }

            ulong hash = 0;
            foreach (string word in words)
            {
                hash = Extend(hash, FeatureHash.OfLower(word));
                _rolePrefixes.Add(hash);
            }

            _roles.Add(hash);
        }
    }

    /// <summary>The cues of the knowledge base (adjectives, demonyms, role phrases) and of the organisation head list.</summary>
    public static NameCueWords Load(KnowledgeBase knowledge) => new(
        knowledge.Countries.SelectMany(c => c.Adjectives),
        knowledge.Countries.SelectMany(c => c.Demonyms).Where(d => !d.Contains(' ', StringComparison.Ordinal)),
        PolishDataFiles.ReadLines(OrganizationHeadsFile),
        knowledge.Roles.SelectMany(r => r.Phrases));

    /// <summary>The cue bits of each word of a sentence (see the overload on hashes).</summary>
    public void Mark(string[] forms, string[] lemmas, Span<byte> marks) =>
        Mark([.. forms.Select(f => FeatureHash.OfLower(f))], [.. lemmas.Select(l => FeatureHash.OfLower(l))], marks);

    /// <summary>
    /// ORs into <paramref name="marks"/> the cue bits of each word: by its lemma, and <see cref="RoleEnd"/>
    /// on the last word of a role phrase (its first word by lemma, the rest by lemma or form).
    /// </summary>
    internal void Mark(ReadOnlySpan<ulong> formHashes, ReadOnlySpan<ulong> lemmaHashes, Span<byte> marks)
    {
        int n = lemmaHashes.Length;
        for (int i = 0; i < n; i++)
        {
            marks[i] |= _byLemma.GetValueOrDefault(lemmaHashes[i]);
            ulong phrase = Extend(0, lemmaHashes[i]);
            for (int k = 0; _rolePrefixes.Contains(phrase); k++)
            {
                if (_roles.Contains(phrase))
                {
                    marks[i + k] |= RoleEnd;
                }

                if (i + k + 1 == n)
                {
                    break;
                }

                ulong byLemma = Extend(phrase, lemmaHashes[i + k + 1]);
                phrase = _rolePrefixes.Contains(byLemma) ? byLemma : Extend(phrase, formHashes[i + k + 1]);
            }
        }
    }

    private void Add(IEnumerable<string> lemmas, byte bit)
    {
        foreach (string lemma in lemmas)
        {
            ulong hash = FeatureHash.OfLower(lemma.Trim());
            _byLemma[hash] = (byte)(_byLemma.GetValueOrDefault(hash) | bit);
        }
    }

    private static ulong Extend(ulong phrase, ulong word) => FeatureHash.Feature(92, phrase, word);
}
