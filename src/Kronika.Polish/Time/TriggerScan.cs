using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Text;

namespace Kronika.Polish.Time;

/// <summary>
/// Finds the tokens that can be part of a time expression: numbers, dates, clock times, and words the
/// lexicon knows (by lemma or form) or duration adjectives (<c>dwudniowy</c>). The tagger runs its rules only
/// near them. This runs on every token of every text, so it allocates nothing and looks a word up only when
/// its part of speech can hold a time word (nouns, adjectives, adverbs, numerals, abbreviations, unknown words).
/// </summary>
public readonly struct TriggerScan(Document document, TimeLexicon lexicon)
{
    private readonly ImmutableArray<Token> _tokens = document.Tokens;
    private readonly ImmutableArray<MorphAnalysis> _morphology = document.Morphology;
    private readonly string _text = document.Text;

    /// <summary>The sentence index of the first trigger at or after <paramref name="from"/>, or −1.</summary>
    public int Next(Sentence sentence, int from)
    {
        for (int i = from; i < sentence.TokenCount; i++)
        {
            Token token = _tokens[sentence.FirstToken + i];
            if (token.Kind is TokenKind.Number or TokenKind.Date or TokenKind.Time)
            {
                return i;
            }

            if (token.Kind is TokenKind.Word or TokenKind.Abbreviation && IsTrigger(_morphology[sentence.FirstToken + i], token))
            {
                return i;
            }
        }

        return -1;
    }

    private bool IsTrigger(MorphAnalysis morph, Token token)
    {
        string tag = morph.Tag;
        // subst, adj*, adv, num, brev, ign, depr; the first letters of the other classes (prep, conj, fin, praet,
        // interp, qub…) are shared only by aglt, bedzie, imps, impt, inf, interp and siebie, checked after.
        bool content = tag.Length > 1 && tag[0] switch
        {
            's' => tag[1] == 'u',
            'a' => tag[1] == 'd',
            'n' or 'd' => true,
            'b' => tag[1] == 'r',
            'i' => tag[1] == 'g',
            _ => false,
        };
        if (!content)
        {
            return false;
        }

        ReadOnlySpan<char> form = _text.AsSpan(token.Start, token.Length);
        // "3ci", "13Luty", "15stej": a word that starts with a digit is a day or an hour with its ending.
        return char.IsAsciiDigit(form[0]) || lexicon.IsTrigger(morph.Lemma, form)
            || (tag.StartsWith("adj", StringComparison.Ordinal) && lexicon.IsDurationAdjective(morph.Lemma))
            || (form.Contains('-') && lexicon.HasDurationStem(form));
    }
}
