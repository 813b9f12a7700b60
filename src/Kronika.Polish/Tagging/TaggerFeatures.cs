using Kronika.Core.Text;

namespace Kronika.Polish.Tagging;

/// <summary>
/// The feature templates of the tagger: the word, its suffixes and shape, the words around it, the
/// readings the dictionary allows for it and its right neighbour, and the tags already chosen on its
/// left (the tagger works left to right). Each feature is a 64-bit hash.
/// </summary>
internal sealed class TaggerFeatures
{
    public const int MaxFeatures = 40;

    private readonly NkjpTagset _tagset;

    public TaggerFeatures(NkjpTagset tagset) => _tagset = tagset;

    /// <summary>Per-sentence values that do not depend on the choices made: computed once per sentence.</summary>
    public sealed class SentenceContext
    {
        public SentenceContext(TaggingSentence sentence, NkjpTagset tagset)
        {
            Sentence = sentence;
            int n = sentence.Length;
            AmbiguityClass = new ulong[n];
            PosSet = new ulong[n];
            CaseSet = new ulong[n];
            Shape = new string[n];
            for (int i = 0; i < n; i++)
            {
                MorphAnalysis[] candidates = sentence.Candidates[i];
                ulong ambiguity = 0, pos = 0, cases = 0;
                foreach (MorphAnalysis candidate in candidates)
                {
                    ParsedTag parsed = tagset.Parse(candidate.Tag);
                    // Order-independent combination: sum of per-item hashes.
                    ambiguity += FeatureHash.Of(200, candidate.Tag);
                    pos |= 1UL << (int)(FeatureHash.Of(201, parsed.Pos) % 64);
                    if (parsed.Case is { } c)
                    {
                        cases |= 1UL << (int)(FeatureHash.Of(202, c) % 64);
                    }
                }

                AmbiguityClass[i] = ambiguity;
                PosSet[i] = pos;
                CaseSet[i] = cases;
                Shape[i] = ShapeOf(sentence.Forms[i], i == 0);
            }
        }

        public TaggingSentence Sentence { get; }

        public ulong[] AmbiguityClass { get; }

        public ulong[] PosSet { get; }

        public ulong[] CaseSet { get; }

        public string[] Shape { get; }
    }

    public SentenceContext Prepare(TaggingSentence sentence) => new(sentence, _tagset);

    /// <summary>Writes the features of word <paramref name="i"/> into <paramref name="output"/>; returns how many.</summary>
    public int Extract(SentenceContext context, int i, Span<ulong> output)
    {
        TaggingSentence s = context.Sentence;
        string w = s.Lower[i];
        int n = 0;
        output[n++] = FeatureHash.Of(0);
        output[n++] = FeatureHash.Of(1, w);
        for (int k = 1; k <= 4; k++)
        {
            if (w.Length > k)
            {
                output[n++] = FeatureHash.Of((byte)(1 + k), w.AsSpan(w.Length - k));
            }
        }

        output[n++] = FeatureHash.Of(6, context.Shape[i]);
        output[n++] = FeatureHash.Of(7, Word(s, i - 1));
        output[n++] = FeatureHash.Of(8, Word(s, i + 1));
        output[n++] = FeatureHash.Of(9, Word(s, i - 2));
        output[n++] = FeatureHash.Of(10, Word(s, i + 2));
        output[n++] = FeatureHash.Of(11, Suffix(Word(s, i - 1), 3));
        output[n++] = FeatureHash.Of(12, Suffix(Word(s, i + 1), 3));

        ulong ambiguity = context.AmbiguityClass[i];
        output[n++] = Combine(16, ambiguity);
        output[n++] = Combine(17, ambiguity ^ FeatureHash.Of(17, w.Length > 2 ? w.AsSpan(w.Length - 2) : w));
        output[n++] = Combine(18, i + 1 < s.Length ? context.PosSet[i + 1] : 1);
        output[n++] = Combine(19, i + 1 < s.Length ? context.CaseSet[i + 1] : 1);
        output[n++] = Combine(20, (i + 1 < s.Length ? context.CaseSet[i + 1] : 1) ^ ambiguity);

        ParsedTag? prev = i > 0 ? _tagset.Parse(s.ChosenAnalysis(i - 1).Tag) : null;
        ParsedTag? prev2 = i > 1 ? _tagset.Parse(s.ChosenAnalysis(i - 2).Tag) : null;
        string prevPos = prev?.Pos ?? "<s>";
        string prevCase = prev?.Case ?? "-";
        output[n++] = FeatureHash.Of(21, prevPos);
        output[n++] = FeatureHash.Of(22, prevCase);
        output[n++] = FeatureHash.Of(23, prev?.Tag ?? "<s>");
        output[n++] = FeatureHash.Of(24, prevPos, prev2?.Pos ?? "<s>");
        output[n++] = FeatureHash.Of(25, (prev?.Get("number") ?? "-") + (prev?.Get("gender") ?? "-"), prevCase);
        output[n++] = Combine(26, ambiguity ^ FeatureHash.Of(26, prev?.Tag ?? "<s>"));
        output[n++] = FeatureHash.Of(27, prevPos, Suffix(w, 2));
        output[n++] = FeatureHash.Of(28, Word(s, i - 1), w);
        output[n++] = FeatureHash.Of(29, prev2?.Case ?? "-", prevCase);

        // Who governs this word: the nearest verb and the nearest preposition to its left, and whether
        // a nominative already stands in the clause. These decide nominative against accusative.
        (string verb, string preposition, bool nominativeSeen) = LeftGovernors(s, i);
        output[n++] = Combine(30, ambiguity ^ FeatureHash.Of(30, verb));
        output[n++] = Combine(31, ambiguity ^ FeatureHash.Of(31, preposition));
        output[n++] = Combine(32, ambiguity ^ (nominativeSeen ? 1UL : 2UL) ^ (verb == "-" ? 4UL : 8UL));
        output[n++] = FeatureHash.Of(33, verb, preposition);
        output[n++] = Combine(34, i + 2 < s.Length ? context.CaseSet[i + 2] : 1);
        return n;
    }

    private const int GovernorWindow = 12;

    private (string Verb, string Preposition, bool NominativeSeen) LeftGovernors(TaggingSentence s, int i)
    {
        string verb = "-", preposition = "-";
        bool nominative = false;
        for (int j = i - 1; j >= 0 && j >= i - GovernorWindow; j--)
        {
            MorphAnalysis chosen = s.ChosenAnalysis(j);
            ParsedTag tag = _tagset.Parse(chosen.Tag);
            switch (tag.Pos)
            {
                case "fin" or "praet" or "inf" or "impt" or "imps" or "pcon" or "pant" or "bedzie" or "winien" or "ger" or "pact" or "ppas":
                    if (verb == "-")
                    {
                        verb = chosen.Lemma;
                    }

                    break;
                case "prep" when preposition == "-" && verb == "-":
                    preposition = chosen.Lemma + ":" + (tag.Case ?? "-");
                    break;
                case "subst" or "ppron12" or "ppron3" or "depr" when tag.Case == "nom":
                    nominative = true;
                    break;
            }
        }

        return (verb, preposition, nominative);
    }

    private static ulong Combine(byte template, ulong value) => FeatureHash.Of(template) ^ (value * 0x9E3779B97F4A7C15UL);

    private static string Word(TaggingSentence s, int i) => i < 0 ? "<s>" : i >= s.Length ? "</s>" : s.Lower[i];

    private static ReadOnlySpan<char> Suffix(string w, int k) => w.Length > k ? w.AsSpan(w.Length - k) : w;

    private static string ShapeOf(string form, bool first)
    {
        if (form.Length == 0)
        {
            return "empty";
        }

        bool upper0 = char.IsUpper(form[0]);
        bool allUpper = form.Length > 1 && form.All(c => !char.IsLetter(c) || char.IsUpper(c));
        bool digit = form.Any(char.IsDigit);
        bool hyphen = form.Contains('-');
        string basic = digit ? "d" : allUpper ? "AA" : upper0 ? "Aa" : char.IsLetter(form[0]) ? "a" : "p";
        return (first ? "^" : "") + basic + (hyphen ? "-" : "");
    }
}
