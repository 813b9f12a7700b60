using System.Collections.Frozen;

namespace Kronika.Polish.Events;

/// <summary>The words of <c>data/event-modality.txt</c>: what makes an event claimed, planned or conditional, and what opens a clause.</summary>
public sealed class EventModality
{
    public const string FileName = "event-modality.txt";

    private static readonly string[] Categories = ["report", "intent", "planned", "condition", "hearsay", "source", "claim-noun", "opener", "complement", "report-noun", "organ", "criticism", "denied-content", "press", "condition-noun", "protester"];

    // Each category's set is fetched once: the tests run at every token.
    private readonly FrozenSet<string> _report;
    private readonly FrozenSet<string> _intent;
    private readonly FrozenSet<string> _planned;
    private readonly FrozenSet<string> _condition;
    private readonly FrozenSet<string> _hearsay;
    private readonly FrozenSet<string> _source;
    private readonly FrozenSet<string> _claimNoun;
    private readonly FrozenSet<string> _opener;
    private readonly FrozenSet<string> _complement;
    private readonly FrozenSet<string> _reportNoun;
    private readonly FrozenSet<string> _organ;
    private readonly FrozenSet<string> _criticism;
    private readonly FrozenSet<string> _deniedContent;
    private readonly FrozenSet<string> _press;
    private readonly FrozenSet<string> _conditionNoun;
    private readonly FrozenSet<string> _protester;

    private EventModality(FrozenDictionary<string, FrozenSet<string>> words)
    {
        _report = words["report"];
        _intent = words["intent"];
        _planned = words["planned"];
        _condition = words["condition"];
        _hearsay = words["hearsay"];
        _source = words["source"];
        _claimNoun = words["claim-noun"];
        _opener = words["opener"];
        _complement = words["complement"];
        _reportNoun = words["report-noun"];
        _organ = words["organ"];
        _criticism = words["criticism"];
        _deniedContent = words["denied-content"];
        _press = words["press"];
        _conditionNoun = words["condition-noun"];
        _protester = words["protester"];
        ConditionPhrases = [.. words["condition"].Where(w => w.Contains(' ', StringComparison.Ordinal)).Select(w => w.Split(' '))];
    }

    public static EventModality Load() => Parse(PolishDataFiles.ReadLines(FileName));

    public static EventModality Parse(IEnumerable<string> lines) => new(CategoryWordList.Parse(FileName, Categories, lines));

    public bool IsReport(string lemma) => _report.Contains(lemma);

    /// <summary>A word by which a quotation judges someone, making it criticism (ACCUSE 111).</summary>
    public bool IsCriticism(string lemma) => _criticism.Contains(lemma);

    public bool IsIntent(string lemma) => _intent.Contains(lemma);

    public bool IsPlanned(string lemma) => _planned.Contains(lemma);

    public bool IsCondition(string lemma) => _condition.Contains(lemma);

    public bool IsHearsay(string lemma) => _hearsay.Contains(lemma);

    public bool IsReportSource(string lemma) => _source.Contains(lemma);

    public bool IsClaimNoun(string lemma) => _claimNoun.Contains(lemma);

    public bool IsOpener(string lemma) => _opener.Contains(lemma);

    public bool IsComplement(string lemma) => _complement.Contains(lemma);

    /// <summary>A noun for the press: talks with it are an interview, not an event ("w rozmowie z agencją").</summary>
    public bool IsPress(string lemma) => _press.Contains(lemma);

    /// <summary>A conjunction that opens what a denial denies ("zaprzecza, by dostarczał…").</summary>
    public bool IsDeniedContent(string lemma) => _deniedContent.Contains(lemma);

    public bool IsReportNoun(string lemma) => _reportNoun.Contains(lemma);

    public bool IsOrgan(string lemma) => _organ.Contains(lemma);

    /// <summary>
    /// A phrase, as its lemmas, before a noun that makes the noun's event the condition or the purpose of
    /// another ("w razie rozmieszczenia wojsk", "celem jest rozbrojenie"): what might happen, not an event told.
    /// </summary>
    public bool IsConditionNoun(string lemmas) => _conditionNoun.Contains(lemmas);

    /// <summary>A noun for people who demonstrate: what they demand, they demand by demonstrating (PROTEST).</summary>
    public bool IsProtester(string lemma) => _protester.Contains(lemma);

    /// <summary>Multi-word condition conjunctions (<c>o ile</c>), as their words.</summary>
    public string[][] ConditionPhrases { get; }
}
