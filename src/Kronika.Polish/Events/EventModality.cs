using System.Collections.Frozen;

namespace Kronika.Polish.Events;

/// <summary>The words of <c>data/event-modality.txt</c>: what makes an event claimed, planned or conditional, and what opens a clause.</summary>
public sealed class EventModality
{
    public const string FileName = "event-modality.txt";

    private static readonly string[] Categories = ["report", "intent", "planned", "condition", "hearsay", "source", "claim-noun", "opener", "complement", "report-noun", "organ", "criticism", "denied-content", "press", "condition-noun", "protester"];

    private readonly FrozenDictionary<string, FrozenSet<string>> _words;

    private EventModality(FrozenDictionary<string, FrozenSet<string>> words)
    {
        _words = words;
        ConditionPhrases = [.. words["condition"].Where(w => w.Contains(' ', StringComparison.Ordinal)).Select(w => w.Split(' '))];
    }

    public static EventModality Load() => Parse(PolishDataFiles.ReadLines(FileName));

    public static EventModality Parse(IEnumerable<string> lines) => new(CategoryWordList.Parse(FileName, Categories, lines));

    public bool IsReport(string lemma) => _words["report"].Contains(lemma);

    /// <summary>A word by which a quotation judges someone, making it criticism (ACCUSE 111).</summary>
    public bool IsCriticism(string lemma) => _words["criticism"].Contains(lemma);

    public bool IsIntent(string lemma) => _words["intent"].Contains(lemma);

    public bool IsPlanned(string lemma) => _words["planned"].Contains(lemma);

    public bool IsCondition(string lemma) => _words["condition"].Contains(lemma);

    public bool IsHearsay(string lemma) => _words["hearsay"].Contains(lemma);

    public bool IsReportSource(string lemma) => _words["source"].Contains(lemma);

    public bool IsClaimNoun(string lemma) => _words["claim-noun"].Contains(lemma);

    public bool IsOpener(string lemma) => _words["opener"].Contains(lemma);

    public bool IsComplement(string lemma) => _words["complement"].Contains(lemma);

    /// <summary>A noun for the press: talks with it are an interview, not an event ("w rozmowie z agencją").</summary>
    public bool IsPress(string lemma) => _words["press"].Contains(lemma);

    /// <summary>A conjunction that opens what a denial denies ("zaprzecza, by dostarczał…").</summary>
    public bool IsDeniedContent(string lemma) => _words["denied-content"].Contains(lemma);

    public bool IsReportNoun(string lemma) => _words["report-noun"].Contains(lemma);

    public bool IsOrgan(string lemma) => _words["organ"].Contains(lemma);

    /// <summary>
    /// A phrase, as its lemmas, before a noun that makes the noun's event the condition or the purpose of
    /// another ("w razie rozmieszczenia wojsk", "celem jest rozbrojenie"): what might happen, not an event told.
    /// </summary>
    public bool IsConditionNoun(string lemmas) => _words["condition-noun"].Contains(lemmas);

    /// <summary>A noun for people who demonstrate: what they demand, they demand by demonstrating (PROTEST).</summary>
    public bool IsProtester(string lemma) => _words["protester"].Contains(lemma);

    /// <summary>Multi-word condition conjunctions (<c>o ile</c>), as their words.</summary>
    public string[][] ConditionPhrases { get; }
}
