using Kronika.Core;
using Kronika.Core.Corpora;
using Kronika.Core.Pipeline;
using Kronika.Core.Text;
using Kronika.Polish.Events;

namespace Kronika.Polish.Evaluation;

/// <summary>
/// How often the event extractor's sides agree with a treebank's dependency tree: of the actors standing in a verb
/// trigger's subject (or passive agent) in the tree, how many the extractor puts among the event's sources; of those
/// in its object, indirect object, argument oblique or passive subject, how many among its targets.
/// </summary>
/// <param name="Events">Events whose trigger word is a verb of the treebank.</param>
/// <param name="Subjects">Treebank subjects (and passive agents) of those verbs that hold an actor the extractor found.</param>
/// <param name="SubjectsAsSource">Of those, how many the event has as a source.</param>
/// <param name="SubjectsAsTargetOnly">Of those, how many the event has as a target and not a source (sides swapped).</param>
/// <param name="Objects">Treebank objects, indirect objects, argument obliques and passive subjects holding an actor.</param>
/// <param name="ObjectsAsTarget">Of those, how many the event has as a target.</param>
/// <param name="ObjectsAsSourceOnly">Of those, how many the event has as a source and not a target (sides swapped).</param>
public sealed record ArgumentAgreementScores(int Events, int Subjects, int SubjectsAsSource, int SubjectsAsTargetOnly, int Objects, int ObjectsAsTarget, int ObjectsAsSourceOnly)
{
    public static ArgumentAgreementScores Empty { get; } = new(0, 0, 0, 0, 0, 0, 0);

    /// <summary>Treebank verbs whose tree matches a verb trigger of the dictionary (its "się" and other words its dependents) and that have an actor in a subject or object.</summary>
    public int TriggerVerbs { get; init; }

    /// <summary>Of those, how many an event's trigger covers.</summary>
    public int TriggerVerbsFound { get; init; }

    public static ArgumentAgreementScores operator +(ArgumentAgreementScores a, ArgumentAgreementScores b) => new(
        a.Events + b.Events,
        a.Subjects + b.Subjects,
        a.SubjectsAsSource + b.SubjectsAsSource,
        a.SubjectsAsTargetOnly + b.SubjectsAsTargetOnly,
        a.Objects + b.Objects,
        a.ObjectsAsTarget + b.ObjectsAsTarget,
        a.ObjectsAsSourceOnly + b.ObjectsAsSourceOnly)
    {
        TriggerVerbs = a.TriggerVerbs + b.TriggerVerbs,
        TriggerVerbsFound = a.TriggerVerbsFound + b.TriggerVerbsFound,
    };
}

/// <summary>
/// Runs the extraction pipeline on each sentence of a treebank (its <c># text</c>) and compares the sides of every
/// event triggered by a verb with the verb's dependents in the gold tree: the measure of how the argument rules carry
/// over to Polish they were not written from.
/// </summary>
public static class ArgumentAgreement
{
    private static readonly HashSet<string> SubjectRelations = ["nsubj", "obl:agent"];

    private static readonly HashSet<string> ObjectRelations = ["obj", "iobj", "obl:arg", "nsubj:pass"];

    public static ArgumentAgreementScores Score(Pipeline pipeline, EventPatterns patterns, IEnumerable<ConlluSentence> sentences, TextWriter? errors = null)
    {
        ArgumentAgreementScores total = ArgumentAgreementScores.Empty;
        foreach (ConlluSentence sentence in sentences)
        {
            if (sentence.Text is { Length: > 0 } text)
            {
                Document document = pipeline.Process(Document.Create(text, new DocumentInfo(Source: sentence.Id)));
                total += Score(document, patterns, sentence, errors);
            }
        }

        return total;
    }

    /// <summary>Compares one extracted sentence with its tree.</summary>
    public static ArgumentAgreementScores Score(Document document, EventPatterns patterns, ConlluSentence sentence, TextWriter? errors = null)
    {
        IReadOnlyList<ConlluWord> words = sentence.Words;
        (int Start, int End)[] spans = Align(document.Text, words);
        var children = new List<int>[words.Count + 1];
        for (int i = 0; i < words.Count; i++)
        {
            if (words[i].Head is >= 0 and var h && h <= words.Count)
            {
                (children[h] ??= []).Add(i);
            }
        }

        int events = 0, subjects = 0, subjectsRight = 0, subjectsSwapped = 0, objects = 0, objectsRight = 0, objectsSwapped = 0;
        foreach (Event e in document.Events)
        {
            int verb = TriggerVerb(e, words, spans);
            if (verb < 0)
            {
                continue;
            }

            events++;
            foreach (int c in children[verb + 1] ?? [])
            {
                bool subject = SubjectRelations.Contains(words[c].Deprel);
                if (!subject && !ObjectRelations.Contains(words[c].Deprel))
                {
                    continue;
                }

                (int start, int end) = Subtree(c, children, spans);
                List<int> actors = ActorsIn(document, start, end);
                if (actors.Count == 0)
                {
                    continue;
                }

                bool inSource = actors.Any(e.Source.Contains);
                bool inTarget = actors.Any(e.Target.Contains);
                if (subject)
                {
                    subjects++;
                    subjectsRight += inSource ? 1 : 0;
                    subjectsSwapped += inTarget && !inSource ? 1 : 0;
                }
                else
                {
                    objects++;
                    objectsRight += inTarget ? 1 : 0;
                    objectsSwapped += inSource && !inTarget ? 1 : 0;
                }

                if (errors is not null && (subject ? !inSource : !inTarget))
                {
                    errors.WriteLine($"{sentence.Id} {e.Type} «{document.Text[e.Trigger.Start..e.Trigger.End]}» {words[c].Deprel} «{document.Text[start..end]}»: "
                        + (inSource || inTarget ? "on the other side" : "on no side") + $" || {document.Text}");
                }
            }
        }

        (int triggers, int triggersFound) = TriggerVerbs(document, patterns, sentence, children, spans, errors);
        return new ArgumentAgreementScores(events, subjects, subjectsRight, subjectsSwapped, objects, objectsRight, objectsSwapped)
        {
            TriggerVerbs = triggers,
            TriggerVerbsFound = triggersFound,
        };
    }

    /// <summary>The treebank's verbs that are a trigger of the dictionary with an actor among their subjects and objects, and how many of them an event's trigger covers.</summary>
    private static (int Verbs, int Found) TriggerVerbs(Document document, EventPatterns patterns, ConlluSentence sentence, List<int>[] children, (int Start, int End)[] spans, TextWriter? errors)
    {
        IReadOnlyList<ConlluWord> words = sentence.Words;
        int verbs = 0, found = 0;
        for (int i = 0; i < words.Count; i++)
        {
            List<int> own = [.. (children[i + 1] ?? []).Select(c => c + 1)];
            if (FrameUsage.Reading(words[i]) != "verb" || FrameUsage.Match(patterns, words[i], "verb", own, words) is null
                || !(children[i + 1] ?? []).Any(c => (SubjectRelations.Contains(words[c].Deprel) || ObjectRelations.Contains(words[c].Deprel))
                    && Subtree(c, children, spans) is var (start, end) && ActorsIn(document, start, end).Count > 0))
            {
                continue;
            }

            verbs++;
            if (document.Events.Any(e => e.Trigger.Start <= spans[i].Start && spans[i].End <= e.Trigger.End))
            {
                found++;
            }
            else
            {
                errors?.WriteLine($"{sentence.Id} no event for «{words[i].Form}» ({words[i].Lemma}) || {document.Text}");
            }
        }

        return (verbs, found);
    }

    /// <summary>The treebank verb (or verbal participle) inside the event's trigger whose lemma heads it, or -1.</summary>
    private static int TriggerVerb(Event e, IReadOnlyList<ConlluWord> words, (int Start, int End)[] spans)
    {
        string head = e.TriggerLemma.Split(' ')[0];
        for (int i = 0; i < words.Count; i++)
        {
            if (spans[i].Start >= e.Trigger.Start && spans[i].End <= e.Trigger.End && words[i].Lemma.Equals(head, StringComparison.OrdinalIgnoreCase)
                && (words[i].Upos == "VERB" || words[i].Upos == "ADJ" && words[i].Features.GetValueOrDefault("VerbForm") == "Part"))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The entities (not places) with a mention starting inside the character range.</summary>
    private static List<int> ActorsIn(Document document, int start, int end)
    {
        var actors = new List<int>();
        foreach (EntityMention m in document.Mentions)
        {
            if (m.Start >= start && m.Start < end && document.Entities[m.Entity].Type is not (EntityType.Location or EntityType.Event or EntityType.Product)
                && !actors.Contains(m.Entity))
            {
                actors.Add(m.Entity);
            }
        }

        return actors;
    }

    /// <summary>The character range a word's subtree covers.</summary>
    private static (int Start, int End) Subtree(int word, List<int>[] children, (int Start, int End)[] spans)
    {
        (int start, int end) = spans[word];
        var stack = new Stack<int>([word]);
        while (stack.Count > 0)
        {
            foreach (int c in children[stack.Pop() + 1] ?? [])
            {
                if (spans[c].Start >= 0)
                {
                    start = Math.Min(start, spans[c].Start);
                    end = Math.Max(end, spans[c].End);
                }

                stack.Push(c);
            }
        }

        return (start, end);
    }

    /// <summary>Each word's character range in the sentence text (found in order; a word not found gets the point after the one before).</summary>
    public static (int Start, int End)[] Align(string text, IReadOnlyList<ConlluWord> words)
    {
        var spans = new (int Start, int End)[words.Count];
        int cursor = 0;
        for (int i = 0; i < words.Count; i++)
        {
            int at = text.IndexOf(words[i].Form, cursor, StringComparison.Ordinal);
            if (at < 0 || at - cursor > 3)
            {
                spans[i] = (cursor, cursor);
                continue;
            }

            spans[i] = (at, at + words[i].Form.Length);
            cursor = at + words[i].Form.Length;
        }

        return spans;
    }
}
