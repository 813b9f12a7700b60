using System.Collections.Frozen;

namespace Kronika.Polish.Events;

/// <summary>The words of <c>data/event-discourse.txt</c>: how an event's arguments point back at what the story told before.</summary>
public sealed class DiscourseWords
{
    public const string FileName = "event-discourse.txt";

    private static readonly string[] Categories = ["parties", "deed", "back", "same", "decision", "dissident"];

    // Each category's set is fetched once: the tests run at every token.
    private readonly FrozenSet<string> _parties;
    private readonly FrozenSet<string> _deed;
    private readonly FrozenSet<string> _back;
    private readonly FrozenSet<string> _same;
    private readonly FrozenSet<string> _decision;
    private readonly FrozenSet<string> _dissident;

    private DiscourseWords(FrozenDictionary<string, FrozenSet<string>> words)
    {
        _parties = words["parties"];
        _deed = words["deed"];
        _back = words["back"];
        _same = words["same"];
        _decision = words["decision"];
        _dissident = words["dissident"];
    }

    public static DiscourseWords Load() => Parse(PolishDataFiles.ReadLines(FileName));

    public static DiscourseWords Parse(IEnumerable<string> lines) => new(CategoryWordList.Parse(FileName, Categories, lines));

    /// <summary>A noun that, as a plural subject, stands for the two sides of the last two-sided event ("strony").</summary>
    public bool IsParties(string lemma) => _parties.Contains(lemma);

    /// <summary>A noun naming some act of another without saying which ("operacja", "propozycja").</summary>
    public bool IsDeed(string lemma) => _deed.Contains(lemma);

    /// <summary>A determiner pointing its noun back at what was just told ("ten").</summary>
    public bool IsBack(string lemma) => _back.Contains(lemma);

    /// <summary>A determiner making its event another of a kind told before ("podobny", "poprzedni").</summary>
    public bool IsSame(string lemma) => _same.Contains(lemma);

    /// <summary>An actor sector (CAMEO's OPP, REB, CVL) that stands against its own state's authorities.</summary>
    public bool IsDissident(string sector) => _dissident.Contains(sector);

    /// <summary>A noun whose "o"+locative content is its holder's own act ("decyzja").</summary>
    public bool IsDecision(string lemma) => _decision.Contains(lemma);
}
