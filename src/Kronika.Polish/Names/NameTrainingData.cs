using Kronika.Core;
using Kronika.Core.Text;
using Kronika.Polish.Corpora;
using Kronika.Polish.Tagging;

namespace Kronika.Polish.Names;

/// <summary>
/// Turns the name corpora into training sentences. NKJP's own lemma and tag columns are not its manual
/// disambiguation (see README), so its given tokens are re-analysed by Kronika's tagger; SlavicNER's raw
/// articles go through Kronika's whole analysis and the mentions are aligned to the tokens.
/// </summary>
public static class NameTrainingData
{
    /// <summary>
    /// The type of an NKJP IOB label (only its outermost name counts: <c>I-orgName#B-placeName-settlement</c>
    /// is inside an organisation) and whether it begins a name; null outside names and for dates and times.
    /// </summary>
    public static (EntityType Type, bool Begins)? NkjpLabel(string label)
    {
        int hash = label.IndexOf('#');
        string outer = hash < 0 ? label : label[..hash];
        if (outer.Length < 3 || outer[1] != '-' || outer[0] is not ('B' or 'I'))
        {
            return null;
        }

        string name = outer[2..];
        int dash = name.IndexOf('-');
        EntityType? type = (dash < 0 ? name : name[..dash]) switch
        {
            "persName" => EntityType.Person,
            "orgName" => EntityType.Organization,
            "placeName" or "geogName" => EntityType.Location,
            _ => null,
        };
        return type is { } t ? (t, outer[0] == 'B') : null;
    }

    /// <summary>The type of a SlavicNER mention type (PER, ORG, LOC, EVT, PRO), or null for any other.</summary>
    public static EntityType? SlavicNerType(string type) => type switch
    {
        "PER" => EntityType.Person,
        "ORG" => EntityType.Organization,
        "LOC" => EntityType.Location,
        "EVT" => EntityType.Event,
        "PRO" => EntityType.Product,
        _ => null,
    };

    /// <summary>The names of an NKJP sentence as token ranges.</summary>
    public static List<(int First, int End, EntityType Type)> NkjpNames(NkjpSentence sentence)
    {
        var labels = new int[sentence.Tokens.Count];
        for (int i = 0; i < labels.Length; i++)
        {
            if (NkjpLabel(sentence.Tokens[i].Label) is (EntityType type, bool begins))
            {
                bool continues = !begins && i > 0 && labels[i - 1] != NameLabels.Outside && NameLabels.TypeOf(labels[i - 1]) == type;
                labels[i] = continues ? NameLabels.Inside(type) : NameLabels.Begin(type);
            }
        }

        return NameLabels.Decode(labels);
    }

    /// <summary>An NKJP sentence with Kronika's analyses of its tokens, to be labelled by NKJP's rules.</summary>
    public static NameSentence Analyse(NkjpSentence sentence, PolishTagger tagger)
    {
        string[] forms = [.. sentence.Tokens.Select(t => t.Form)];
        MorphAnalysis[] analyses = tagger.TagWords(forms, [.. forms.Select(CandidateProvider.KindOf)]);
        return new NameSentence(forms, analyses) { Convention = NameConvention.Nkjp };
    }

    public static NameTrainingSentence FromNkjp(NkjpSentence sentence, PolishTagger tagger) =>
        new(Analyse(sentence, tagger), NameLabels.Encode(sentence.Tokens.Count, NkjpNames(sentence)));

    /// <summary>The sentences of an analysed document as words and analyses.</summary>
    public static IEnumerable<NameSentence> Sentences(Document document)
    {
        foreach (Sentence sentence in document.Sentences)
        {
            var forms = new string[sentence.TokenCount];
            var analyses = new MorphAnalysis[sentence.TokenCount];
            for (int i = 0; i < forms.Length; i++)
            {
                forms[i] = document.TextOf(document.Tokens[sentence.FirstToken + i]);
                analyses[i] = document.Morphology[sentence.FirstToken + i];
            }

            yield return new NameSentence(forms, analyses);
        }
    }

    /// <summary>
    /// The training sentences of an analysed SlavicNER article: each mention covers the tokens it overlaps;
    /// mentions that cross a sentence boundary or overlap an earlier, longer one are left out (counted in
    /// <paramref name="dropped"/>).
    /// </summary>
    public static List<NameTrainingSentence> FromSlavicNer(Document document, SlavicNerDocument gold, out int dropped)
    {
        var result = new List<NameTrainingSentence>();
        var perSentence = document.Sentences.Select(_ => new List<(int, int, EntityType)>()).ToArray();
        dropped = 0;
        foreach (SlavicNerMention mention in gold.Mentions)
        {
            if (SlavicNerType(mention.Type) is not { } type || TokenRange(document, mention.Start, mention.End) is not (int first, int end))
            {
                dropped++;
                continue;
            }

            int s = SentenceOf(document, first);
            if (s < 0 || end > document.Sentences[s].EndToken)
            {
                dropped++;
                continue;
            }

            perSentence[s].Add((first - document.Sentences[s].FirstToken, end - document.Sentences[s].FirstToken, type));
        }

        int index = 0;
        foreach (NameSentence sentence in Sentences(document))
        {
            int[] labels = NameLabels.Encode(sentence.Length, perSentence[index]);
            dropped += perSentence[index].Count - NameLabels.Decode(labels).Count;
            result.Add(new NameTrainingSentence(sentence, labels));
            index++;
        }

        return result;
    }

    /// <summary>The tokens overlapping the character span [start, end), or null if none does.</summary>
    public static (int First, int End)? TokenRange(Document document, int start, int end)
    {
        var tokens = document.Tokens;
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (tokens[mid].End <= start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        int last = lo;
        while (last < tokens.Length && tokens[last].Start < end)
        {
            last++;
        }

        return last > lo ? (lo, last) : null;
    }

    private static int SentenceOf(Document document, int token)
    {
        var sentences = document.Sentences;
        for (int s = 0; s < sentences.Length; s++)
        {
            if (token >= sentences[s].FirstToken && token < sentences[s].EndToken)
            {
                return s;
            }
        }

        return -1;
    }
}
