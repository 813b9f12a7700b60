using Kronika.Core.Text;

namespace Kronika.Polish.Tagging;

/// <summary>
/// The feature templates of the tagger: the word, its suffixes and shape, the words around it, the
/// readings the dictionary allows for it and its right neighbours, the tags already chosen on its left
/// (the tagger works left to right), and what governs it: the nearest verb and preposition on its left
/// and whether a nominative already stands there. Each feature is a 64-bit hash.
/// </summary>
internal static class TaggerFeatures
{
    public const int MaxFeatures = 40;

    private static readonly ulong Start = FeatureHash.Of("<s>");
    private static readonly ulong End = FeatureHash.Of("</s>");
    private static readonly ulong None = FeatureHash.Of("-");

    /// <summary>
    /// The features of <see cref="SentenceContext.ExtractContext"/> that one word's form decides, wherever it
    /// stands as the word or its neighbour: their places in <see cref="FormKeys"/>'s keys and in the rows
    /// kept with the form.
    /// </summary>
    internal static class FormRow
    {
        public const int AsPrevious = 0;
        public const int AsNext = 1;
        public const int AsSecondPrevious = 2;
        public const int AsSecondNext = 3;
        public const int SuffixAsPrevious = 4;
        public const int SuffixAsNext = 5;
        public const int Ambiguity = 6;
        public const int AmbiguityAndSuffix = 7;
        public const int PosAsNext = 8;
        public const int CasesAsNext = 9;
        public const int CasesAsSecondNext = 10;
        public const int Count = 11;
    }

    /// <summary>The features of <see cref="SentenceContext.ExtractContext"/> that the tag chosen for the previous word decides: their places in <see cref="TagKeys"/>'s keys.</summary>
    internal static class TagRow
    {
        public const int Pos = 0;
        public const int Case = 1;
        public const int Tag = 2;
        public const int Agreement = 3;
        public const int Count = 4;
    }

    /// <summary>The keys of the <see cref="FormRow"/> features of a word (its neighbours read them).</summary>
    public static void FormKeys(WordFeatures word, Span<ulong> keys) =>
        FormKeys(word.Word, word.Suffixes[2], word.Candidates.Ambiguity, word.Suffixes[1], word.Candidates.PosSet, word.Candidates.CaseSet, keys);

    /// <summary>
    /// The keys of the <see cref="FormRow"/> features of the edge of the sentence (its start, else its end), as
    /// the word next to it reads them where a neighbour would be; a word's own places are not read.
    /// </summary>
    public static void EdgeKeys(bool start, Span<ulong> keys)
    {
        ulong edge = start ? Start : End;
        FormKeys(edge, edge, 0, 0, edge, edge, keys);
    }

    private static void FormKeys(ulong word, ulong suffix3, ulong ambiguity, ulong suffix2, ulong posSet, ulong caseSet, Span<ulong> keys)
    {
        keys[FormRow.AsPrevious] = FeatureHash.Feature(7, word);
        keys[FormRow.AsNext] = FeatureHash.Feature(8, word);
        keys[FormRow.AsSecondPrevious] = FeatureHash.Feature(9, word);
        keys[FormRow.AsSecondNext] = FeatureHash.Feature(10, word);
        keys[FormRow.SuffixAsPrevious] = FeatureHash.Feature(11, suffix3);
        keys[FormRow.SuffixAsNext] = FeatureHash.Feature(12, suffix3);
        keys[FormRow.Ambiguity] = FeatureHash.Feature(16, ambiguity);
        keys[FormRow.AmbiguityAndSuffix] = FeatureHash.Feature(17, ambiguity, suffix2);
        keys[FormRow.PosAsNext] = FeatureHash.Feature(18, posSet);
        keys[FormRow.CasesAsNext] = FeatureHash.Feature(19, caseSet);
        keys[FormRow.CasesAsSecondNext] = FeatureHash.Feature(34, caseSet);
    }

    /// <summary>The keys of the <see cref="TagRow"/> features when <paramref name="tag"/> is chosen on the left (null: the sentence starts).</summary>
    public static void TagKeys(TagInfo? tag, Span<ulong> keys)
    {
        keys[TagRow.Pos] = FeatureHash.Feature(21, tag?.PosHash ?? Start);
        keys[TagRow.Case] = FeatureHash.Feature(22, tag?.CaseHash ?? Start);
        keys[TagRow.Tag] = FeatureHash.Feature(23, tag?.TagHash ?? Start);
        keys[TagRow.Agreement] = FeatureHash.Feature(25, tag?.AgreementHash ?? Start);
    }

    /// <summary>The bit of a word's shape that marks the first word of the sentence.</summary>
    private const ulong FirstWordShape = 16;

    /// <summary>
    /// One sentence being tagged: values that do not depend on the choices are computed up front; the
    /// state that does (what is chosen on the left) is updated by <see cref="Choose"/>, word by word.
    /// </summary>
    public sealed class SentenceContext
    {
        private readonly MorphAnalysis[][] _analyses;
        private readonly int[] _chosenIndex;
        private readonly WordFeatures[] _words;
        private readonly TagInfo?[] _chosen;
        private ulong _verb;
        private ulong _preposition;
        private bool _nominativeSeen;

        public SentenceContext(TaggingSentence sentence, CandidateInfoCache cache)
            : this(sentence.Candidates, sentence.Chosen, WordsOf(sentence, cache))
        {
        }

        /// <summary>A sentence given as each word's candidates and its <see cref="WordFeatures"/>; choices are written to <paramref name="chosen"/>.</summary>
        public SentenceContext(MorphAnalysis[][] analyses, int[] chosen, WordFeatures[] words)
        {
            _analyses = analyses;
            _chosenIndex = chosen;
            _words = words;
            _chosen = new TagInfo?[analyses.Length];
            _verb = None;
            _preposition = None;
        }

        private static WordFeatures[] WordsOf(TaggingSentence sentence, CandidateInfoCache cache)
        {
            var words = new WordFeatures[sentence.Length];
            for (int i = 0; i < words.Length; i++)
            {
                words[i] = new WordFeatures(sentence.Forms[i], cache.Get(sentence.Candidates[i]));
            }

            return words;
        }

        public CandidateInfo Candidates(int i) => _words[i].Candidates;

        /// <summary>Records the choice for word <paramref name="i"/>; words must be chosen left to right.</summary>
        public void Choose(int i, int candidate)
        {
            _chosenIndex[i] = candidate;
            TagInfo tag = _words[i].Candidates.Tags[candidate];
            _chosen[i] = tag;
            if (tag.IsVerbal)
            {
                _verb = FeatureHash.OfLower(_analyses[i][candidate].Lemma);
                _preposition = None;
            }
            else if (tag.IsPreposition)
            {
                _preposition = FeatureHash.Feature(99, FeatureHash.OfLower(_analyses[i][candidate].Lemma), tag.CaseHash);
            }

            _nominativeSeen |= tag.IsNominative;
        }

        public WordFeatures WordAt(int i) => _words[i];

        /// <summary>Writes the features of word <paramref name="i"/> into <paramref name="output"/>; returns how many.</summary>
        public int Extract(int i, Span<ulong> output)
        {
            int n = ExtractWordOnly(i, output);
            return n + ExtractContext(i, output[n..]);
        }

        /// <summary>
        /// Writes the first of the features of word <paramref name="i"/>, those that depend on its form alone
        /// and on whether it starts the sentence (the bias, the word, its suffixes and its shape), into
        /// <paramref name="output"/>; returns how many.
        /// </summary>
        public int ExtractWordOnly(int i, Span<ulong> output)
        {
            int n = 0;
            output[n++] = FeatureHash.Feature(0, 0);
            output[n++] = FeatureHash.Feature(1, _words[i].Word);
            for (int k = 1; k <= 4; k++)
            {
                ulong suffix = Suffix(i, k);
                if (suffix != 0)
                {
                    output[n++] = FeatureHash.Feature(1 + k, suffix);
                }
            }

            output[n++] = FeatureHash.Feature(6, Shape(i));
            return n;
        }

        /// <summary>Writes the rest of the features of word <paramref name="i"/>, after <see cref="ExtractWordOnly"/>'s; returns how many.</summary>
        public int ExtractContext(int i, Span<ulong> output)
        {
            int n = 0;
            int length = _analyses.Length;
            ulong ambiguity = _words[i].Candidates.Ambiguity;
            ulong suffix2 = Suffix(i, 2);
            output[n++] = FeatureHash.Feature(7, Word(i - 1));
            output[n++] = FeatureHash.Feature(8, Word(i + 1));
            output[n++] = FeatureHash.Feature(9, Word(i - 2));
            output[n++] = FeatureHash.Feature(10, Word(i + 2));
            output[n++] = FeatureHash.Feature(11, i > 0 ? Suffix(i - 1, 3) : Start);
            output[n++] = FeatureHash.Feature(12, i + 1 < length ? Suffix(i + 1, 3) : End);

            ulong nextCases = i + 1 < length ? _words[i + 1].Candidates.CaseSet : End;
            output[n++] = FeatureHash.Feature(16, ambiguity);
            output[n++] = FeatureHash.Feature(17, ambiguity, suffix2);
            output[n++] = FeatureHash.Feature(18, i + 1 < length ? _words[i + 1].Candidates.PosSet : End);
            output[n++] = FeatureHash.Feature(19, nextCases);
            output[n++] = FeatureHash.Feature(20, nextCases, ambiguity);

            TagInfo? prev = i > 0 ? _chosen[i - 1] : null;
            TagInfo? prev2 = i > 1 ? _chosen[i - 2] : null;
            ulong prevPos = prev?.PosHash ?? Start;
            ulong prevCase = prev?.CaseHash ?? Start;
            ulong prevTag = prev?.TagHash ?? Start;
            output[n++] = FeatureHash.Feature(21, prevPos);
            output[n++] = FeatureHash.Feature(22, prevCase);
            output[n++] = FeatureHash.Feature(23, prevTag);
            output[n++] = FeatureHash.Feature(24, prevPos, prev2?.PosHash ?? Start);
            output[n++] = FeatureHash.Feature(25, prev?.AgreementHash ?? Start);
            output[n++] = FeatureHash.Feature(26, ambiguity, prevTag);
            output[n++] = FeatureHash.Feature(27, prevPos, suffix2);
            output[n++] = FeatureHash.Feature(28, Word(i - 1), _words[i].Word);
            output[n++] = FeatureHash.Feature(29, prev2?.CaseHash ?? Start, prevCase);

            output[n++] = FeatureHash.Feature(30, ambiguity, _verb);
            output[n++] = FeatureHash.Feature(31, ambiguity, _preposition);
            output[n++] = FeatureHash.Feature(32, ambiguity, (_nominativeSeen ? 1UL : 2UL) | (_verb == None ? 4UL : 8UL));
            output[n++] = FeatureHash.Feature(33, _verb, _preposition);
            output[n++] = FeatureHash.Feature(34, i + 2 < length ? _words[i + 2].Candidates.CaseSet : End);

            // Names run in agreeing chains ("Andriejem Biełousowem"): the previous word's agreement
            // together with both words' shapes.
            output[n++] = FeatureHash.Feature(35, prev?.AgreementHash ?? Start, (Shape(i) << 8) | (i > 0 ? Shape(i - 1) : 0));
            return n;
        }

        /// <summary>
        /// The weight rows of <see cref="ExtractContext"/>'s features of word <paramref name="i"/>, in the same
        /// order, into <paramref name="rows"/>; returns how many. The features of one neighbour's form or of the
        /// tag chosen on the left come from rows kept with that form (<see cref="TaggerRows.Of(WordFeatures)"/>)
        /// or that candidate (<see cref="TaggerRows.Of(CandidateInfo, int)"/>); only those of two values are
        /// hashed and looked up.
        /// </summary>
        public int ContextRows(int i, TaggerRows known, Span<WeightRow> rows)
        {
            int length = _analyses.Length;
            ReadOnlySpan<WeightRow> own = known.Of(_words[i]);
            ReadOnlySpan<WeightRow> prev = i > 0 ? known.Of(_words[i - 1]) : known.Start;
            ReadOnlySpan<WeightRow> prev2 = i > 1 ? known.Of(_words[i - 2]) : known.Start;
            ReadOnlySpan<WeightRow> next = i + 1 < length ? known.Of(_words[i + 1]) : known.End;
            ReadOnlySpan<WeightRow> next2 = i + 2 < length ? known.Of(_words[i + 2]) : known.End;
            ReadOnlySpan<WeightRow> tag = i > 0 ? known.Of(_words[i - 1].Candidates, _chosenIndex[i - 1]) : known.StartTag;

            Span<ulong> keys = stackalloc ulong[PairFeatures];
            Span<WeightRow> found = stackalloc WeightRow[PairFeatures];
            PairKeys(i, keys);
            known.Weights.FindRows(keys, found);

            int n = 0;
            rows[n++] = prev[FormRow.AsPrevious];
            rows[n++] = next[FormRow.AsNext];
            rows[n++] = prev2[FormRow.AsSecondPrevious];
            rows[n++] = next2[FormRow.AsSecondNext];
            rows[n++] = prev[FormRow.SuffixAsPrevious];
            rows[n++] = next[FormRow.SuffixAsNext];
            rows[n++] = own[FormRow.Ambiguity];
            rows[n++] = own[FormRow.AmbiguityAndSuffix];
            rows[n++] = next[FormRow.PosAsNext];
            rows[n++] = next[FormRow.CasesAsNext];
            rows[n++] = found[0];
            rows[n++] = tag[TagRow.Pos];
            rows[n++] = tag[TagRow.Case];
            rows[n++] = tag[TagRow.Tag];
            rows[n++] = found[1];
            rows[n++] = tag[TagRow.Agreement];
            found[2..].CopyTo(rows[n..]);
            n += PairFeatures - 3;
            rows[n++] = next2[FormRow.CasesAsSecondNext];
            rows[n++] = found[PairFeatures - 1];
            return n;
        }

        /// <summary>How many of <see cref="ExtractContext"/>'s features combine two values (<see cref="PairKeys"/>).</summary>
        private const int PairFeatures = 11;

        /// <summary>The features of <see cref="ExtractContext"/> that combine two values of different words, or the state on the left, in its order.</summary>
        private void PairKeys(int i, Span<ulong> keys)
        {
            int length = _analyses.Length;
            ulong ambiguity = _words[i].Candidates.Ambiguity;
            ulong nextCases = i + 1 < length ? _words[i + 1].Candidates.CaseSet : End;
            TagInfo? prev = i > 0 ? _chosen[i - 1] : null;
            TagInfo? prev2 = i > 1 ? _chosen[i - 2] : null;
            ulong prevPos = prev?.PosHash ?? Start;
            ulong prevTag = prev?.TagHash ?? Start;
            keys[0] = FeatureHash.Feature(20, nextCases, ambiguity);
            keys[1] = FeatureHash.Feature(24, prevPos, prev2?.PosHash ?? Start);
            keys[2] = FeatureHash.Feature(26, ambiguity, prevTag);
            keys[3] = FeatureHash.Feature(27, prevPos, Suffix(i, 2));
            keys[4] = FeatureHash.Feature(28, Word(i - 1), _words[i].Word);
            keys[5] = FeatureHash.Feature(29, prev2?.CaseHash ?? Start, prev?.CaseHash ?? Start);
            keys[6] = FeatureHash.Feature(30, ambiguity, _verb);
            keys[7] = FeatureHash.Feature(31, ambiguity, _preposition);
            keys[8] = FeatureHash.Feature(32, ambiguity, (_nominativeSeen ? 1UL : 2UL) | (_verb == None ? 4UL : 8UL));
            keys[9] = FeatureHash.Feature(33, _verb, _preposition);
            keys[10] = FeatureHash.Feature(35, prev?.AgreementHash ?? Start, (Shape(i) << 8) | (i > 0 ? Shape(i - 1) : 0));
        }

        private ulong Word(int i) => i < 0 ? Start : i >= _analyses.Length ? End : _words[i].Word;

        private ulong Suffix(int i, int k) => _words[i].Suffixes[k - 1];

        /// <summary>The word's shape, with the mark of the sentence's first word (an empty form has shape 0 wherever it stands).</summary>
        private ulong Shape(int i) => i == 0 && _words[i].Shape != 0 ? _words[i].Shape | FirstWordShape : _words[i].Shape;
    }
}

/// <summary>
/// What the tagger's features take from a word form wherever it stands: its candidates' tag information and
/// the hashes of the form, its suffixes and its shape (the first word of a sentence adds a bit to the shape).
/// Computed once per form and kept with the form's candidates, so that a frequent word costs no hashing.
/// </summary>
internal sealed class WordFeatures
{
    public WordFeatures(string form, CandidateInfo candidates)
    {
        Candidates = candidates;
        Word = FeatureHash.OfLower(form);
        Suffixes = new ulong[4];
        for (int k = 1; k <= 4; k++)
        {
            Suffixes[k - 1] = form.Length > k ? FeatureHash.OfLower(form.AsSpan(form.Length - k)) : 0;
        }

        Shape = ShapeOf(form);
    }

    public CandidateInfo Candidates { get; }

    /// <summary>The tagger model whose tag atoms <see cref="Candidates"/> counts in (a candidate provider may serve several).</summary>
    public object? Owner { get; init; }

    public ulong Word { get; }

    /// <summary>The hashes of the suffixes of 1–4 letters (0 when the word is too short).</summary>
    public ulong[] Suffixes { get; }

    public ulong Shape { get; }

    /// <summary>
    /// The sums of the weights of the word's form-only features (<see cref="TaggerFeatures.SentenceContext.ExtractWordOnly"/>),
    /// one per atom of <see cref="CandidateInfo.AtomUnion"/>: what the tagger's scores hold after adding those
    /// features, the same wherever the word stands. Set by the tagger (<see cref="Owner"/>) on first use.
    /// </summary>
    public float[]? WordScores { get; set; }

    /// <summary>As <see cref="WordScores"/>, where the word starts the sentence (its shape then has another bit).</summary>
    public float[]? FirstWordScores { get; set; }

    /// <summary>The weight rows of the word's <see cref="TaggerFeatures.FormRow"/> features in the model of <see cref="Owner"/> (<see cref="TaggerRows"/>).</summary>
    public WeightRow[]? Rows { get; set; }

    private static ulong ShapeOf(string form)
    {
        if (form.Length == 0)
        {
            return 0;
        }

        bool upperFirst = char.IsUpper(form[0]);
        bool allUpper = form.Length > 1;
        bool digit = false;
        bool hyphen = false;
        foreach (char c in form)
        {
            allUpper &= !char.IsLetter(c) || char.IsUpper(c);
            digit |= char.IsDigit(c);
            hyphen |= c == '-';
        }

        int shape = digit ? 1 : allUpper ? 2 : upperFirst ? 3 : char.IsLetter(form[0]) ? 4 : 5;
        return (uint)shape | (hyphen ? 32UL : 0UL);
    }
}
