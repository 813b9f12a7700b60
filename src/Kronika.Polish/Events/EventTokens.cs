using Kronika.Core;
using Kronika.Core.Text;
using Kronika.Polish.Morphology;
using Kronika.Polish.Tagging;

namespace Kronika.Polish.Events;

/// <summary>What the event extractor needs of each token, computed once per document: lower-case form, lemma and parsed tag.</summary>
internal sealed class EventTokens
{
    private static readonly HashSet<string> VerbalParts = ["fin", "praet", "inf", "imps", "ppas", "pact", "impt", "bedzie", "pcon", "pant", "winien", "ger"];

    private readonly ParsedTag[] _tags;
    private readonly IWordAnalyzer _dictionary;
    private readonly string[] _written; // the forms as written
    private readonly (string Lemma, bool Noun)[]?[] _readings;

    public EventTokens(Document document, IWordAnalyzer dictionary)
    {
        _dictionary = dictionary;
        var view = TokenView.Of(document);
        _written = view.Forms;
        Forms = view.Lower;
        Lemmas = view.Lemmas;
        _tags = view.Tags;
        _readings = new (string, bool)[view.Count][];
    }

    /// <summary>Lower-cased forms.</summary>
    public string[] Forms { get; }

    public string[] Lemmas { get; }

    public string Pos(int i) => _tags[i].Pos;

    /// <summary>
    /// The preposition at <paramref name="i"/> as the pattern frames spell it (lower-cased lemma, "przeciw" as
    /// "przeciwko"), or null when the token is no preposition.
    /// </summary>
    public string? Preposition(int i)
    {
        if (_tags[i].Pos != "prep")
        {
            return null;
        }

        return FramePreposition(Lemmas[i].ToLowerInvariant());
    }

    /// <summary>A preposition as the frames spell it: of two forms of one preposition ("przeciw", "pomiędzy") the frames name the other.</summary>
    public static string FramePreposition(string lemma) => lemma switch
    {
        "przeciw" => "przeciwko",
        "pomiędzy" => "między",
        _ => lemma,
    };

    public string? Case(int i) => _tags[i].Case;

    public string? Get(int i, string category) => _tags[i].Get(category);

    public bool IsVerbal(int i) => VerbalParts.Contains(_tags[i].Pos);

    /// <summary>A finite or past verb form that heads a clause (not an infinitive, gerund or participle).</summary>
    public bool IsFinite(int i) => _tags[i].Pos is "fin" or "praet" or "imps" or "impt" or "bedzie" or "winien";

    public bool IsNoun(int i) => _tags[i].Pos is "subst" or "depr";

    public bool IsPunctuation(int i) => _tags[i].Pos == "interp";

    /// <summary>
    /// Every case the word at <paramref name="i"/> can have with its lemma, from the dictionary: the tagger
    /// chooses one of "Rosji"'s genitive, dative and locative, and the frame may need another.
    /// </summary>
    public IEnumerable<string> PossibleCases(int i)
    {
        foreach (MorphAnalysis reading in _dictionary.Analyze(_written[i]))
        {
            if (reading.Lemma == Lemmas[i] && NkjpTagset.Default.Parse(reading.Tag).Case is { } c)
            {
                yield return c;
            }
        }
    }

    /// <summary>The word (lower case) or lemma at <paramref name="i"/> is <paramref name="word"/>.</summary>
    public bool Is(int i, string word) => Forms[i] == word || Lemmas[i] == word;

    /// <summary>
    /// For a gerund or noun, the lemmas of its other noun readings: "zawieszenie" tagged as the gerund of
    /// zawiesić is also the noun zawieszenie, whose triggers ("zawieszenie broni") the dictionary keys by it.
    /// </summary>
    public IReadOnlyList<string> OtherNounLemmas(int i)
    {
        if (!IsNoun(i) && Pos(i) != "ger")
        {
            return [];
        }

        // In reading order, each once.
        List<string>? lemmas = null;
        foreach ((string lemma, bool noun) in Readings(i))
        {
            if (noun && lemma != Lemmas[i] && !(lemmas?.Contains(lemma) ?? false))
            {
                (lemmas ??= []).Add(lemma);
            }
        }

        return lemmas ?? (IReadOnlyList<string>)[];
    }

    /// <summary>The dictionary's readings of the word at <paramref name="i"/>, looked up once per token: triggers ask for them again and again.</summary>
    private (string Lemma, bool Noun)[] Readings(int i)
    {
        if (_readings[i] is { } known)
        {
            return known;
        }

        IReadOnlyList<MorphAnalysis> analyses = _dictionary.Analyze(_written[i]);
        var readings = new (string Lemma, bool Noun)[analyses.Count];
        for (int k = 0; k < readings.Length; k++)
        {
            MorphAnalysis r = analyses[k];
            readings[k] = (r.Lemma, r.Tag.StartsWith("subst", StringComparison.Ordinal) || r.Tag.StartsWith("ger", StringComparison.Ordinal));
        }

        return _readings[i] = readings;
    }

    /// <summary>
    /// Like <see cref="Is"/>, or some dictionary reading of the word has that lemma: inside a multi-word
    /// trigger the other words settle the reading ("zawieszenie broni" is the noun broń, though "broni" alone
    /// may be tagged as the verb bronić).
    /// </summary>
    public bool CanBe(int i, string word) =>
        Is(i, word) || (SharesStart(Forms[i], word) && HasReading(i, word));

    private bool HasReading(int i, string lemma)
    {
        foreach ((string reading, bool _) in Readings(i))
        {
            if (reading == lemma)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A form and a lemma of it begin alike (broni, broń): the dictionary is asked only then, which spares most lookups.</summary>
    private static bool SharesStart(string form, string lemma) =>
        form.Length >= 2 && lemma.Length >= 2 && form[0] == lemma[0] && form[1] == lemma[1];
}
