using Kronika.Core.Corpora;
using Kronika.Polish.Events;

namespace Kronika.Polish.Evaluation;

/// <summary>How one reading of an event trigger (a verb, its gerund, or a noun) takes its arguments in a treebank.</summary>
/// <param name="Pattern">The pattern of <c>data/event-patterns.txt</c> the words matched, longest first as the extractor matches.</param>
/// <param name="Reading"><c>verb</c>, <c>gerund</c> or <c>noun</c>.</param>
/// <param name="Occurrences">How many times the trigger stands in the treebank.</param>
/// <param name="Slots">Every dependent's slot, written as the frames write them (<c>subj</c>, <c>acc</c>, <c>z+inst</c>), with its count.</param>
/// <param name="Arguments">How many dependents are arguments (subject, object, <c>obl:arg</c>, <c>nmod:arg</c>) of the trigger.</param>
/// <param name="Covered">How many of those arguments stand in a slot the frame has.</param>
public sealed record FrameUse(EventPattern Pattern, string Reading, int Occurrences, IReadOnlyDictionary<string, int> Slots, int Arguments, int Covered)
{
    /// <summary>Argument slots the treebank gives the trigger at least twice that its frame lacks.</summary>
    public IEnumerable<string> Missing() =>
        ArgumentSlots.Where(a => a.Value >= 2 && !FrameUsage.HasSlot(Pattern, Reading, a.Key)).OrderByDescending(a => a.Value).Select(a => a.Key);

    /// <summary>Actor slots of the frame (source, target, destination) the treebank never fills, when the trigger stands there often enough to tell.</summary>
    public IEnumerable<string> Unseen() =>
        Occurrences < FrameUsage.EnoughToTell ? [] :
        // Polish drops its subjects: a subject never written says nothing about the frame.
        Pattern.Slots.Where(s => s.Role is ArgumentRole.Source or ArgumentRole.Target or ArgumentRole.Destination && s.Case != FrameSlot.Subject)
            .Select(FrameUsage.Write).Where(k => !Slots.ContainsKey(FrameUsage.ForReading(k, Reading)));

    /// <summary>The argument dependents alone, by slot.</summary>
    public IReadOnlyDictionary<string, int> ArgumentSlots { get; init; } = new Dictionary<string, int>();
}

/// <summary>
/// Checks the argument frames of the event dictionary against real Polish: for every trigger lemma found in a
/// Universal Dependencies treebank, the case and preposition of its subject, objects and obliques, and
/// whether the frame has a slot for each. A frame written from a handful of news sentences shows here what
/// it leaves out (a dative recipient, a "wobec" phrase) and which of its slots Polish never uses.
/// </summary>
public static class FrameUsage
{
    /// <summary>How many occurrences a trigger needs before a frame slot never seen counts against it.</summary>
    public const int EnoughToTell = 5;

    /// <summary>The dependency relations that make a phrase an argument of its head in UD Polish (PDB marks argument obliques and nominal modifiers as <c>:arg</c>).</summary>
    private static readonly HashSet<string> ArgumentRelations = ["nsubj", "nsubj:pass", "obj", "iobj", "obl:arg", "obl:agent", "nmod:arg"];

    /// <summary>The dependents worth a slot: arguments and obliques, not modifiers, punctuation or function words.</summary>
    private static readonly HashSet<string> SlotRelations = [.. ArgumentRelations, "obl", "nmod"];

    private static readonly Dictionary<string, string> Cases = new()
    {
        ["Nom"] = "nom", ["Gen"] = "gen", ["Dat"] = "dat", ["Acc"] = "acc", ["Ins"] = "inst", ["Loc"] = "loc",
    };

    /// <summary>Counts, per pattern and reading, the slots its dependents stand in.</summary>
    public static List<FrameUse> Count(EventPatterns patterns, IEnumerable<ConlluSentence> sentences)
    {
        var tallies = new Dictionary<(EventPattern, string), Tally>();
        foreach (ConlluSentence sentence in sentences)
        {
            IReadOnlyList<ConlluWord> words = sentence.Words;
            var children = new List<int>[words.Count + 1];
            for (int i = 0; i < words.Count; i++)
            {
                if (words[i].Head is >= 0 and var h && h <= words.Count)
                {
                    (children[h] ??= []).Add(i + 1);
                }
            }

            for (int i = 0; i < words.Count; i++)
            {
                ConlluWord word = words[i];
                List<int> own = children[i + 1] ?? [];
                if (Reading(word) is not { } reading || Match(patterns, word, reading, own, words) is not { } pattern)
                {
                    continue;
                }

                if (!tallies.TryGetValue((pattern, reading), out Tally? tally))
                {
                    tallies[(pattern, reading)] = tally = new Tally();
                }

                tally.Occurrences++;
                bool passive = word.Features.GetValueOrDefault("Voice") == "Pass" || own.Any(c => words[c - 1].Deprel == "aux:pass");
                foreach (int c in own)
                {
                    ConlluWord dependent = words[c - 1];
                    if (!SlotRelations.Contains(dependent.Deprel) || dependent.Upos is not ("NOUN" or "PROPN" or "PRON" or "X")
                        || pattern.Lemmas.Skip(1).Contains(dependent.Lemma.ToLowerInvariant())
                        || Slot(dependent, children[c] ?? [], words, reading, passive) is not { } slot)
                    {
                        continue;
                    }

                    tally.Slots[slot] = tally.Slots.GetValueOrDefault(slot) + 1;
                    if (ArgumentRelations.Contains(dependent.Deprel))
                    {
                        tally.Arguments[slot] = tally.Arguments.GetValueOrDefault(slot) + 1;
                    }
                }
            }
        }

        return [.. tallies.Select(p => new FrameUse(p.Key.Item1, p.Key.Item2, p.Value.Occurrences, p.Value.Slots, p.Value.Arguments.Values.Sum(),
                p.Value.Arguments.Where(a => HasSlot(p.Key.Item1, p.Key.Item2, a.Key)).Sum(a => a.Value))
            {
                ArgumentSlots = p.Value.Arguments,
            })
            .OrderBy(u => u.Pattern.Key, StringComparer.Ordinal).ThenBy(u => u.Reading, StringComparer.Ordinal)];
    }

    /// <summary>Whether the frame has the slot, reading a verb frame's accusative as the genitive of its gerund.</summary>
    public static bool HasSlot(EventPattern pattern, string reading, string slot) =>
        pattern.Slots.Any(s => ForReading(Write(s), reading) == slot);

    /// <summary>A frame slot as the treebank shows it for a reading: a gerund's object is genitive, its subject "przez"+acc.</summary>
    public static string ForReading(string slot, string reading) => reading != "gerund" ? slot : slot switch
    {
        "acc" => "gen",
        FrameSlot.Subject => "przez+acc",
        _ => slot,
    };

    public static string Write(FrameSlot slot) => slot.Preposition is null ? slot.Case : slot.Preposition + "+" + slot.Case;

    /// <summary>A verb (finite, infinitive, participle, impersonal), a verbal noun, or a noun; null for anything else.</summary>
    internal static string? Reading(ConlluWord word) => word.Upos switch
    {
        "VERB" => "verb",
        "ADJ" when word.Features.GetValueOrDefault("VerbForm") == "Part" => "verb",
        "NOUN" when word.Features.GetValueOrDefault("VerbForm") == "Vnoun" => "gerund",
        "NOUN" => "noun",
        _ => null,
    };

    /// <summary>
    /// The longest pattern of the word's lemma whose other words are its dependents ("się", "sankcje" of
    /// "nałożyć sankcje"), for its kind of word: a verb's frame for a verb or gerund, a noun's for a noun.
    /// </summary>
    internal static EventPattern? Match(EventPatterns patterns, ConlluWord word, string reading, List<int> children, IReadOnlyList<ConlluWord> words)
    {
        foreach (EventPattern pattern in patterns.ForHead(word.Lemma.ToLowerInvariant()))
        {
            if (pattern.IsEvent && pattern.IsVerbal == (reading != "noun")
                && pattern.Lemmas.Skip(1).All(l => children.Any(c => words[c - 1].Lemma.Equals(l, StringComparison.OrdinalIgnoreCase)))
                && (pattern.Needs.Length == 0 || pattern.Needs.Any(n => children.Any(c => Slot(words[c - 1], [.. Dependents(c, words)], words, reading, passive: false) == Write(n)))))
            {
                return pattern;
            }
        }

        return null;
    }

    private static IEnumerable<int> Dependents(int word, IReadOnlyList<ConlluWord> words) =>
        Enumerable.Range(1, words.Count).Where(i => words[i - 1].Head == word);

    /// <summary>The dependent's slot: <c>subj</c> for the subject (the agent of a passive), a preposition with its case, or a bare case.</summary>
    private static string? Slot(ConlluWord dependent, List<int> children, IReadOnlyList<ConlluWord> words, string reading, bool passive)
    {
        if (dependent.Deprel == "nsubj" && reading == "verb")
        {
            return FrameSlot.Subject;
        }

        if (dependent.Deprel == "nsubj:pass")
        {
            // The subject of a passive is the active verb's object.
            return "acc";
        }

        string? preposition = children.Select(c => words[c - 1]).FirstOrDefault(w => w.Deprel == "case" && w.Upos == "ADP")?.Lemma.ToLowerInvariant() is { } p ? EventTokens.FramePreposition(p) : null;
        if (passive && preposition == "przez")
        {
            return FrameSlot.Subject;
        }

        if (dependent.Features.GetValueOrDefault("Case") is not { } ud || !Cases.TryGetValue(ud, out string? @case))
        {
            return null;
        }

        return preposition is null ? @case : preposition + "+" + @case;
    }

    private sealed class Tally
    {
        public int Occurrences;
        public readonly Dictionary<string, int> Slots = [];
        public readonly Dictionary<string, int> Arguments = [];
    }
}
