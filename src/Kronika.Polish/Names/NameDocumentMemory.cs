namespace Kronika.Polish.Names;

/// <summary>
/// What the name recogniser said earlier in the same document about a word, by its lower-cased form and by
/// its lemma: the type of the name it was last labelled part of, or that it was capitalised and labelled
/// outside every name. A surname labelled a person in the first sentence is then evidence for the same word
/// alone in the seventh. Only the recogniser's own labels go in (never gold ones), in training as when
/// running, so that the feature means the same in both. One per document; not thread-safe.
/// </summary>
public sealed class NameDocumentMemory
{
    /// <summary>Nothing known of the word (also the value of every word when there is no memory).</summary>
    public const byte Unseen = 0;

    /// <summary>Seen capitalised, and labelled outside every name each time.</summary>
    public const byte Outside = 1;

    /// <summary>Distinct words remembered at most, so that a hostile document cannot grow it without end.</summary>
    private const int MaxEntries = 50_000;

    private readonly WordMemoryTable _forms = new();
    private readonly WordMemoryTable _lemmas = new();

    /// <summary>The value remembered for a word (hash of its lower-cased form) and for a lemma (hash of its lower-cased lemma).</summary>
    public (byte Form, byte Lemma) Recall(ulong form, ulong lemma) => (RecallForm(form), RecallLemma(lemma));

    /// <summary>The value remembered for a word, by the hash of its lower-cased form.</summary>
    public byte RecallForm(ulong form) => _forms.Get(form);

    /// <summary>The value remembered for a lemma, by the hash of its lower-cased lemma.</summary>
    public byte RecallLemma(ulong lemma) => _lemmas.Get(lemma);

    /// <summary>
    /// Remembers the labels given to a sentence's words: a word in a name as that name's type (the latest
    /// wins), a capitalised word outside names as <see cref="Outside"/> unless it was already seen in a name.
    /// Lower-case words outside names and words the recogniser did not score are not remembered.
    /// </summary>
    /// <param name="classes">The capitalisation class of each word (see <see cref="NameFeatures.IsCapitalised"/>).</param>
    public void Remember(ReadOnlySpan<ulong> forms, ReadOnlySpan<ulong> lemmas, ReadOnlySpan<byte> classes, ReadOnlySpan<bool> unscored, ReadOnlySpan<int> labels)
    {
        for (int i = 0; i < labels.Length; i++)
        {
            if (unscored[i])
            {
                continue;
            }

            if (labels[i] != NameLabels.Outside)
            {
                byte type = ValueOf(labels[i]);
                Put(_forms, forms[i], type, replace: true);
                Put(_lemmas, lemmas[i], type, replace: true);
            }
            else if (NameFeatures.IsCapitalised(classes[i]))
            {
                Put(_forms, forms[i], Outside, replace: false);
                Put(_lemmas, lemmas[i], Outside, replace: false);
            }
        }
    }

    /// <summary>Forgets everything: the next sentence starts a new document.</summary>
    public void Clear()
    {
        _forms.Clear();
        _lemmas.Clear();
    }

    /// <summary>The remembered value of a name label: 2 + its entity type.</summary>
    public static byte ValueOf(int label) => (byte)(2 + (int)NameLabels.TypeOf(label));

    private static void Put(WordMemoryTable memory, ulong key, byte value, bool replace) => memory.Put(key, value, replace, MaxEntries);
}
