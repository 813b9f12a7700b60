using System.Collections.Concurrent;
using Kronika.Polish.Morphology;
using Kronika.Polish.Tagging;

namespace Kronika.Polish.Names;

/// <summary>
/// The label-independent features of each word of a sentence, computed once before decoding: the word,
/// its lemma and tag (part of speech, number, case), shape, affixes, the words, lemmas, shapes and tags
/// around it (and pairs of them), what the dictionary knows of it and of its neighbours (a proper name, a common word, nothing) and which
/// gazetteer lists match there, and what the recogniser said of the word earlier in the document
/// (<see cref="NameDocumentMemory"/>; the last <see cref="Remembered"/> features). Each word gets exactly
/// <see cref="PerWord"/> hashed features, and a capitalisation class that the label transitions depend on.
/// A lower-case verb, adverb, pronoun or function word, or a punctuation mark, between two plain words
/// (much of any text) is taken to be outside every name without scoring: its features are left 0, which
/// makes the recogniser several times cheaper. Training sees the same rule. (Lower-case nouns and
/// adjectives are scored: NKJP marks relational adjectives such as <c>polski</c>, SlavicNER <c>brexit</c>.)
/// </summary>
internal sealed class NameFeatures(NameLexicons lexicons, IWordAnalyzer dictionary)
{
    public const int PerWord = 42;

    /// <summary>How many of a word's features, at the end, come from the document memory (they change as the document is read).</summary>
    public const int Remembered = 2;

    /// <summary>Capitalisation classes: lower case, Capitalised, ALL CAPS, digits, other, Capitalised first word.</summary>
    public const int Classes = 6;

    private const int MaxCacheEntries = 200_000;

    // What the dictionary knows of capitalised words, cached (bounded, so that hostile input cannot grow it without end).
    private readonly BoundedCache<string, ulong> _knowledge = new(MaxCacheEntries, StringComparer.Ordinal);

    private static readonly ulong Start = FeatureHash.Of("<s>");
    private static readonly ulong End = FeatureHash.Of("</s>");

    /// <summary>
    /// Writes into <paramref name="scratch"/> <see cref="PerWord"/> features per word (<see cref="NameScratch.Features"/>,
    /// all 0 for words that cannot be in a name), a class per word (<see cref="NameScratch.Classes"/>), and
    /// whether each word is such a word (<see cref="NameScratch.Outside"/>).
    /// </summary>
    /// <param name="memory">What the recogniser said earlier in the document; null if nothing (a document's first sentence, or a sentence alone).</param>
    public void Extract(NameSentence sentence, NameScratch scratch, NameDocumentMemory? memory = null)
    {
        int n = sentence.Length;
        scratch.EnsureCapacity(n);
        Span<ulong> features = scratch.Features.AsSpan(0, n * PerWord);
        Span<byte> classes = scratch.Classes.AsSpan(0, n);
        Span<bool> outside = scratch.Outside.AsSpan(0, n);
        Span<bool> plain = scratch.Plain.AsSpan(0, n);
        for (int i = 0; i < n; i++)
        {
            plain[i] = IsPlain(sentence.Forms[i]);
        }

        for (int i = 0; i < n; i++)
        {
            outside[i] = plain[i] && (i == 0 || plain[i - 1]) && (i + 1 == n || plain[i + 1]) && NeverAName(sentence.Analyses[i].Tag);
        }

        Span<ulong> word = scratch.Words.AsSpan(0, n);
        Span<ulong> lemma = scratch.Lemmas.AsSpan(0, n);
        Span<ulong> shape = scratch.Shapes.AsSpan(0, n);
        Span<ulong> tag = scratch.Tags.AsSpan(0, n);
        Span<ulong> knowledge = scratch.Knowledge.AsSpan(0, n);
        for (int i = 0; i < n; i++)
        {
            string form = sentence.Forms[i];
            word[i] = FeatureHash.OfLower(form);
            lemma[i] = FeatureHash.OfLower(sentence.Analyses[i].Lemma);
            shape[i] = ShapeOf(form);
            tag[i] = FeatureHash.Of(TagPrefix(sentence.Analyses[i].Tag));
            classes[i] = ClassOf(form, i == 0);
            knowledge[i] = outside[i] ? 0 : Knowledge(form);
        }

        NameGazetteer gazetteer = lexicons.Gazetteer;
        Span<byte> gazetteerMarks = scratch.Marks.AsSpan(0, 5 * n);
        gazetteerMarks.Clear();
        Span<byte> cues = gazetteerMarks[(4 * n)..];
        lexicons.Cues.Mark(word, lemma, cues);
        gazetteerMarks = gazetteerMarks[..(4 * n)];
        gazetteer.Match(sentence.Forms, word, lemma, gazetteerMarks[..n], gazetteerMarks[n..(2 * n)], gazetteerMarks[(2 * n)..(3 * n)], gazetteerMarks[(3 * n)..]);
        ulong[] categories = gazetteer.CategoryHashes;
        Span<int> runFirst = scratch.RunFirst.AsSpan(0, n);
        Span<int> runLast = scratch.RunLast.AsSpan(0, n);
        Span<bool> runHeads = scratch.RunHeads.AsSpan(0, n);
        FindRuns(classes, cues, runFirst, runLast, runHeads);
        Span<byte> quoted = scratch.Quoted.AsSpan(0, n);
        Span<ulong> quotedBy = scratch.QuotedBy.AsSpan(0, n);
        FindQuoted(sentence.Forms, classes, lemma, quoted, quotedBy);

        for (int i = 0; i < n; i++)
        {
            string form = sentence.Forms[i];
            Span<ulong> f = features.Slice(i * PerWord, PerWord);
            if (outside[i])
            {
                f.Clear();
                continue;
            }

            int k = 0;
            f[k++] = FeatureHash.Feature(0, 0);
            f[k++] = FeatureHash.Feature(1, word[i]);
            f[k++] = FeatureHash.Feature(2, lemma[i]);
            f[k++] = FeatureHash.Feature(3, tag[i]);
            f[k++] = FeatureHash.Feature(4, shape[i]);
            f[k++] = FeatureHash.Feature(5, Suffix(form, 2));
            f[k++] = FeatureHash.Feature(6, Suffix(form, 3));
            f[k++] = FeatureHash.Feature(7, Suffix(form, 4));
            f[k++] = FeatureHash.Feature(8, FeatureHash.OfLower(form.AsSpan(0, Math.Min(3, form.Length))));
            f[k++] = FeatureHash.Feature(9, classes[i], knowledge[i]);
            f[k++] = FeatureHash.Feature(10, At(word, i - 1));
            f[k++] = FeatureHash.Feature(11, At(word, i + 1));
            f[k++] = FeatureHash.Feature(12, At(word, i - 2));
            f[k++] = FeatureHash.Feature(13, At(word, i + 2));
            f[k++] = FeatureHash.Feature(14, At(shape, i - 1), shape[i]);
            f[k++] = FeatureHash.Feature(15, shape[i], At(shape, i + 1));
            f[k++] = FeatureHash.Feature(16, At(tag, i - 1), tag[i]);
            f[k++] = FeatureHash.Feature(17, tag[i], At(tag, i + 1));
            f[k++] = FeatureHash.Feature(18, At(lemma, i - 1));
            f[k++] = FeatureHash.Feature(19, At(lemma, i + 1));
            f[k++] = FeatureHash.Feature(20, categories[gazetteerMarks[i]], categories[gazetteerMarks[n + i]]);
            f[k++] = FeatureHash.Feature(21, categories[gazetteerMarks[2 * n + i]], categories[gazetteerMarks[3 * n + i]]);
            f[k++] = FeatureHash.Feature(22, lemma[i], shape[i]);
            f[k++] = FeatureHash.Feature(23, At(lemma, i - 1), lemma[i]);
            f[k++] = FeatureHash.Feature(24, At(word, i - 1), shape[i]);
            f[k++] = FeatureHash.Feature(25, word[i], At(word, i + 1));
            f[k++] = FeatureHash.Feature(26, i + 1 < n ? Suffix(sentence.Forms[i + 1], 3) : End, shape[i]);
            f[k++] = FeatureHash.Feature(27, At(knowledge, i - 1), At(knowledge, i + 1));
            f[k++] = FeatureHash.Feature(28, cues[i], shape[i]);
            f[k++] = FeatureHash.Feature(29, (ulong)(CueAt(cues, i - 1) * 8 + classes[i]), CueAt(cues, i + 1));

            // The capitalised run the word ends: its first word's lemma and whether that is an institution's head noun.
            int head = i;
            while (head > 0 && classes[i] is 1 or 2 && classes[head - 1] is 1 or 2 or 5)
            {
                head--;
            }

            f[k++] = FeatureHash.Feature(30, (ulong)(cues[head] & NameCueWords.OrganizationHead), (ulong)(Math.Min(i - head, 3) * 8 + classes[i]));
            f[k++] = FeatureHash.Feature(31, head < i ? lemma[head] : 0, head < i ? 1UL : 0);

            // The same evidence once more for the corpus whose rules the sentence follows, where they differ
            // (Polacy: a place in NKJP, people in SlavicNER): the lemma, the ending, the gazetteer match.
            ulong convention = (ulong)sentence.Convention + 1;
            f[k++] = FeatureHash.Feature(32, lemma[i], convention);
            f[k++] = FeatureHash.Feature(33, Suffix(form, 3), convention * 8 + classes[i]);
            f[k++] = FeatureHash.Feature(34, FeatureHash.Feature(0, categories[gazetteerMarks[i]], categories[gazetteerMarks[2 * n + i]]), convention);

            // A quoted phrase that opens with a capital (spółka „Orlen”, tygodnik „Wprost”; NKJP puts the
            // marks inside the name): the marks and the words between them know where they stand and how long
            // the phrase is (also in the shape feature below), with the lemma before the opening mark.
            f[k++] = quoted[i] == 0 ? 0 : FeatureHash.Feature(41, quotedBy[i], (ulong)quoted[i] * 8 + (ulong)classes[i]);

            // The whole capitalised run the word is in (Narodowy Bank Polski; one word alone is a run of one):
            // where in it the word stands and how long it is, whether an institution's head noun opens it or
            // stands inside it, its first and last lemma, and the lemma just before it (spółka, partia, sąd).
            int first = runFirst[i];
            if (first < 0)
            {
                f[k++] = FeatureHash.Feature(37, classes[i], Acronym(form) * 64 + quoted[i]);
                f[k++] = 0;
                f[k++] = 0;
                f[k] = 0;
                continue;
            }

            int last = runLast[i];
            ulong place = (ulong)(Math.Min(i - first, 2) * 4 + Math.Min(last - i, 3));
            ulong heads = (ulong)((cues[first] & NameCueWords.OrganizationHead) != 0 ? 1 : 0) + (ulong)(runHeads[i] ? 2 : 0);
            f[k++] = FeatureHash.Feature(37, (ulong)classes[i] * 16 + place, Acronym(form) * 64 + quoted[i]);
            f[k++] = FeatureHash.Feature(38, At(lemma, first - 1), place * 4 + heads);
            f[k++] = FeatureHash.Feature(39, lemma[first], place);
            f[k] = FeatureHash.Feature(40, lemma[last], place * 4 + heads);
        }

        Recall(memory, word, lemma, classes, outside, features);
    }

    /// <summary>
    /// Writes each scored word's <see cref="Remembered"/> document-memory features (the last of its
    /// <see cref="PerWord"/>): what was said earlier of its form and of its lemma, with its class; and of
    /// the word before it with its own form's. Every word is unseen when <paramref name="memory"/> is null.
    /// </summary>
    public static void Recall(NameDocumentMemory? memory, ReadOnlySpan<ulong> words, ReadOnlySpan<ulong> lemmas, ReadOnlySpan<byte> classes, ReadOnlySpan<bool> outside, Span<ulong> features)
    {
        byte previous = NameDocumentMemory.Unseen;
        for (int i = 0; i < words.Length; i++)
        {
            // A word left unscored is looked up only for its form, and only when the next word is scored and asks for it.
            byte form = NameDocumentMemory.Unseen;
            if (memory is not null && (!outside[i] || (i + 1 < words.Length && !outside[i + 1])))
            {
                form = memory.RecallForm(words[i]);
            }

            if (!outside[i])
            {
                byte lemma = memory?.RecallLemma(lemmas[i]) ?? NameDocumentMemory.Unseen;
                Span<ulong> f = features.Slice((i * PerWord) + PerWord - Remembered, Remembered);
                ulong here = (ulong)(form * 8 + classes[i]);
                f[0] = FeatureHash.Feature(35, here, lemma);
                f[1] = FeatureHash.Feature(36, i == 0 ? 255UL : previous, here);
            }

            previous = form;
        }
    }

    /// <summary>
    /// The capitalised runs of a sentence: for each word in one, the positions of the run's first and last
    /// words (-1 for other words), and whether any word of the run after its first is an institution's
    /// head noun (Narodowy Bank Polski).
    /// </summary>
    internal static void FindRuns(ReadOnlySpan<byte> classes, ReadOnlySpan<byte> cues, Span<int> runFirst, Span<int> runLast, Span<bool> runHeads)
    {
        int n = classes.Length;
        int i = 0;
        while (i < n)
        {
            if (!IsCapitalised(classes[i]))
            {
                runFirst[i] = runLast[i] = -1;
                runHeads[i] = false;
                i++;
                continue;
            }

            int end = i + 1;
            bool head = false;
            while (end < n && IsCapitalised(classes[end]))
            {
                head |= (cues[end] & NameCueWords.OrganizationHead) != 0;
                end++;
            }

            for (int j = i; j < end; j++)
            {
                runFirst[j] = i;
                runLast[j] = end - 1;
                runHeads[j] = head;
            }

            i = end;
        }
    }

    /// <summary>
    /// Marks the phrases in quotation marks that open with a capitalised word and close within
    /// <see cref="MaxQuoted"/> words: for each mark and word of one, its place (<see cref="QuoteCode"/>,
    /// with the phrase's length up to 4 words) and the hash of the lemma before the opening mark; 0 elsewhere.
    /// </summary>
    internal static void FindQuoted(string[] forms, ReadOnlySpan<byte> classes, ReadOnlySpan<ulong> lemmas, Span<byte> quoted, Span<ulong> quotedBy)
    {
        quoted.Clear();
        int n = forms.Length;
        for (int q = 0; q + 2 < n; q++)
        {
            if (!IsQuote(forms[q]) || !IsCapitalised(classes[q + 1]))
            {
                continue;
            }

            int close = q + 2;
            while (close < n && close <= q + MaxQuoted && !IsQuote(forms[close]))
            {
                close++;
            }

            if (close >= n || close > q + MaxQuoted)
            {
                continue;
            }

            ulong before = At(lemmas, q - 1);
            int length = Math.Min(close - q - 1, 4);
            for (int j = q; j <= close; j++)
            {
                int place = j == q ? QuoteCode.Opening : j == close ? QuoteCode.Closing : QuoteCode.Inside;
                quoted[j] = (byte)(place * 8 + length);
                quotedBy[j] = before;
            }

            q = close;
        }
    }

    private const int MaxQuoted = 10;

    internal static class QuoteCode
    {
        public const int Opening = 1;
        public const int Inside = 2;
        public const int Closing = 3;
    }

    private static bool IsQuote(string form) => form is "\"" or "„" or "”" or "“" or "«" or "»" or "''" or ",," or "``";

    /// <summary>The shape of a word with capitals: its length up to 6, whether it has a digit, and whether, after the first letter, it mixes capitals and lower case (PiS, McDonald).</summary>
    private static ulong Acronym(string form)
    {
        int upper = 0, lower = 0, digits = 0;
        foreach (char c in form)
        {
            upper += char.IsUpper(c) ? 1 : 0;
            lower += char.IsLower(c) ? 1 : 0;
            digits += char.IsDigit(c) ? 1 : 0;
        }

        bool mixed = upper > 1 && lower > 0;
        return (ulong)(Math.Min(form.Length, 6) * 4 + (digits > 0 ? 2 : 0) + (mixed ? 1 : 0));
    }

    /// <summary>Whether a capitalisation class (<see cref="ClassOf"/>) is that of a word with a capital first letter.</summary>
    public static bool IsCapitalised(byte c) => c is 1 or 2 or 5;

    /// <summary>What the dictionary says of a capitalised word: 1 unknown, 2 a proper name (a capitalised lemma), 3 only common words; 0 for other words.</summary>
    private ulong Knowledge(string form)
    {
        if (form.Length == 0 || !char.IsUpper(form[0]))
        {
            return 0;
        }

        if (_knowledge.TryGetValue(form, out ulong known))
        {
            return known;
        }

        known = 1;
        foreach (Kronika.Core.Text.MorphAnalysis reading in dictionary.Analyze(form))
        {
            known = reading.Lemma.Length > 0 && char.IsUpper(reading.Lemma[0]) ? 2 : Math.Max(known, 3);
            if (known == 2)
            {
                break;
            }
        }

        _knowledge.TryAdd(form, known);

        return known;
    }

    /// <summary>Parts of speech that, in lower case, are never a name by themselves: verbs, adverbs, pronouns, function words, punctuation.</summary>
    private static bool NeverAName(string tag)
    {
        int colon = tag.IndexOf(':');
        return (colon < 0 ? tag.AsSpan() : tag.AsSpan(0, colon)) is
            "interp" or "prep" or "conj" or "comp" or "qub" or "fin" or "praet" or "inf" or "impt" or "imps" or "pcon" or "pant"
            or "bedzie" or "winien" or "pred" or "adv" or "ppron12" or "ppron3" or "siebie" or "aglt" or "pact" or "ppas";
    }

    /// <summary>A word with no capital letter and no digit, or a punctuation mark: never a name by itself.</summary>
    public static bool IsPlain(string form)
    {
        foreach (char c in form)
        {
            if (char.IsUpper(c) || char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static byte CueAt(ReadOnlySpan<byte> cues, int i) => i < 0 || i >= cues.Length ? (byte)16 : cues[i];

    private static ulong At(ReadOnlySpan<ulong> values, int i) => i < 0 ? Start : i >= values.Length ? End : values[i];

    private static ulong Suffix(string form, int length) => form.Length > length ? FeatureHash.OfLower(form.AsSpan(form.Length - length)) : 0;

    /// <summary>The tag up to its third field (part of speech, number, case for nouns and adjectives).</summary>
    private static ReadOnlySpan<char> TagPrefix(string tag)
    {
        int colons = 0;
        for (int i = 0; i < tag.Length; i++)
        {
            if (tag[i] == ':' && ++colons == 3)
            {
                return tag.AsSpan(0, i);
            }
        }

        return tag;
    }

    /// <summary>The word's shape: letters as X or x, digits as d, runs collapsed, at most six symbols.</summary>
    private static ulong ShapeOf(string form)
    {
        Span<char> shape = stackalloc char[6];
        int length = 0;
        foreach (char c in form)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (length > 0 && shape[length - 1] == s)
            {
                continue;
            }

            if (length == shape.Length)
            {
                break;
            }

            shape[length++] = s;
        }

        return FeatureHash.Of(shape[..length]);
    }

    internal static byte ClassOf(string form, bool first)
    {
        if (form.Length == 0)
        {
            return 4;
        }

        char c = form[0];
        if (char.IsDigit(c))
        {
            return 3;
        }

        if (!char.IsLetter(c))
        {
            return 4;
        }

        if (!char.IsUpper(c))
        {
            return 0;
        }

        bool allCaps = form.Length > 1;
        foreach (char ch in form)
        {
            allCaps &= !char.IsLetter(ch) || char.IsUpper(ch);
        }

        return allCaps ? (byte)2 : first ? (byte)5 : (byte)1;
    }
}
