using Kronika.Core;
using Kronika.Core.Text;
using Kronika.Polish.Corpora;
using Kronika.Polish.Names;
using Kronika.Polish.Tagging;

namespace Kronika.Polish.Evaluation;

/// <summary>Counts for one entity type (or all): gold and system mentions, strict matches (same span and type) and relaxed ones (same type, overlapping spans).</summary>
public sealed class MentionCounts
{
    public int Gold { get; private set; }

    public int System { get; private set; }

    public int Strict { get; private set; }

    /// <summary>Gold mentions overlapped by a system mention of the same type.</summary>
    public int RelaxedGold { get; private set; }

    /// <summary>System mentions overlapping a gold mention of the same type.</summary>
    public int RelaxedSystem { get; private set; }

    public double StrictPrecision => Metrics.Ratio(Strict, System);

    public double StrictRecall => Metrics.Ratio(Strict, Gold);

    public double StrictF1 => Metrics.F1(StrictPrecision, StrictRecall);

    public double RelaxedPrecision => Metrics.Ratio(RelaxedSystem, System);

    public double RelaxedRecall => Metrics.Ratio(RelaxedGold, Gold);

    public double RelaxedF1 => Metrics.F1(RelaxedPrecision, RelaxedRecall);

    internal void Add(int gold, int system, int strict, int relaxedGold, int relaxedSystem)
    {
        Gold += gold;
        System += system;
        Strict += strict;
        RelaxedGold += relaxedGold;
        RelaxedSystem += relaxedSystem;
    }
}

/// <summary>Mention scores per type and overall.</summary>
public sealed class NameScores
{
    public int Documents { get; internal set; }

    /// <summary>Gold mentions that could not be placed on Kronika's tokens (not counted as gold).</summary>
    public int Unaligned { get; internal set; }

    public MentionCounts All { get; } = new();

    public SortedDictionary<EntityType, MentionCounts> ByType { get; } = [];

    /// <summary>Mentions found with the gold span and type whose base form was compared with the gold one.</summary>
    public int LemmaCompared { get; internal set; }

    /// <summary>Of <see cref="LemmaCompared"/>, those whose base form is exactly the gold one.</summary>
    public int LemmaCorrect { get; internal set; }

    public double LemmaAccuracy => Metrics.Ratio(LemmaCorrect, LemmaCompared);

    /// <summary>Compares the mentions of one document (spans in any one unit: characters or tokens).</summary>
    internal void Add(IReadOnlyList<(int Start, int End, EntityType Type)> gold, IReadOnlyList<(int Start, int End, EntityType Type)> system)
    {
        foreach (EntityType type in gold.Select(g => g.Type).Concat(system.Select(s => s.Type)).Distinct())
        {
            var g = gold.Where(m => m.Type == type).ToList();
            var s = system.Where(m => m.Type == type).ToList();
            int strict = s.Count(m => g.Contains(m));
            int relaxedGold = g.Count(m => s.Any(o => Overlap(m, o)));
            int relaxedSystem = s.Count(m => g.Any(o => Overlap(m, o)));
            if (!ByType.TryGetValue(type, out MentionCounts? counts))
            {
                ByType[type] = counts = new MentionCounts();
            }

            counts.Add(g.Count, s.Count, strict, relaxedGold, relaxedSystem);
            All.Add(g.Count, s.Count, strict, relaxedGold, relaxedSystem);
        }
    }

    private static bool Overlap((int Start, int End, EntityType Type) a, (int Start, int End, EntityType Type) b) =>
        a.Start < b.End && b.Start < a.End;
}

/// <summary>
/// Scores the name recogniser: on SlavicNER articles (raw text through the whole pipeline, mentions
/// compared by character span) and on NKJP sentences (its tokens, analysed by Kronika, compared by token
/// range; NKJP's four name types become Person, Organization and Location, and the recogniser's events
/// and products are left out there).
/// </summary>
public static class NameEvaluator
{
    /// <summary>NKJP marks no events or products, so mentions of those types are not scored against it.</summary>
    private static readonly EntityType[] NkjpTypes = [EntityType.Person, EntityType.Organization, EntityType.Location];

    /// <param name="pipeline">A pipeline that writes the <see cref="Layer.Names"/> layer.</param>
    /// <param name="lemmatize">When given, the base form of each mention found with the gold span and type is compared with the gold lemma.</param>
    public static NameScores ScoreSlavicNer(
        Kronika.Core.Pipeline.Pipeline pipeline,
        IEnumerable<SlavicNerDocument> documents,
        Func<Document, int, int, NameCategory, string>? lemmatize = null)
    {
        var scores = new NameScores();
        foreach (SlavicNerDocument gold in documents)
        {
            Document document = Document.Create(gold.Text);
            pipeline.Process(document, CancellationToken.None);
            var goldMentions = new List<(int, int, EntityType)>();
            foreach (SlavicNerMention mention in gold.Mentions)
            {
                if (NameTrainingData.SlavicNerType(mention.Type) is { } type)
                {
                    goldMentions.Add((mention.Start, mention.End, type));
                }
            }

            scores.Add(goldMentions.Distinct().ToList(), [.. document.Names.Select(n => (n.Start, n.End, n.Type))]);
            if (lemmatize is not null)
            {
                foreach (NameMention name in document.Names)
                {
                    if (gold.Mentions.FirstOrDefault(m => m.Start == name.Start && m.End == name.End && NameTrainingData.SlavicNerType(m.Type) == name.Type) is { } match)
                    {
                        scores.LemmaCompared++;
                        scores.LemmaCorrect += lemmatize(document, name.FirstToken, name.EndToken, new NameCategory(name.Type)) == match.Lemma ? 1 : 0;
                    }
                }
            }

            scores.Documents++;
            scores.Unaligned += gold.Unaligned;
        }

        return scores;
    }

    /// <param name="errors">When given, each sentence with a difference is written to it: the words, then every gold mention not found exactly (<c>-</c>) and every mention found that is not gold (<c>+</c>).</param>
    public static NameScores ScoreNkjp(NameModel model, PolishTagger tagger, IEnumerable<NkjpDocument> documents, TextWriter? errors = null)
    {
        var scores = new NameScores();
        foreach (NkjpDocument document in documents)
        {
            var gold = new List<(int, int, EntityType)>();
            var system = new List<(int, int, EntityType)>();
            int offset = 0;
            var memory = new NameDocumentMemory();
            foreach (NkjpSentence sentence in document.Sentences)
            {
                var goldHere = NameTrainingData.NkjpNames(sentence).Select(n => (n.First, n.End, n.Type)).ToList();
                int[] labels = model.Label(NameTrainingData.Analyse(sentence, tagger), memory);
                var systemHere = NameLabels.Decode(labels).Where(n => NkjpTypes.Contains(n.Type)).Select(n => (n.First, n.End, n.Type)).ToList();
                gold.AddRange(goldHere.Select(n => (n.First + offset, n.End + offset, n.Type)));
                system.AddRange(systemHere.Select(n => (n.First + offset, n.End + offset, n.Type)));
                if (errors is not null)
                {
                    WriteDifferences(errors, document.Name, sentence, goldHere, systemHere);
                }

                offset += sentence.Tokens.Count;
            }

            scores.Add(gold, system);
            scores.Documents++;
        }

        return scores;
    }

    private static void WriteDifferences(
        TextWriter errors,
        string document,
        NkjpSentence sentence,
        List<(int First, int End, EntityType Type)> gold,
        List<(int First, int End, EntityType Type)> system)
    {
        var missed = gold.Except(system).ToList();
        var wrong = system.Except(gold).ToList();
        if (missed.Count + wrong.Count == 0)
        {
            return;
        }

        string Words(int first, int end) => string.Join(' ', sentence.Tokens.Skip(first).Take(end - first).Select(t => t.Form));
        errors.WriteLine($"# {document}: {Words(0, sentence.Tokens.Count)}");
        foreach ((int first, int end, EntityType type) in missed)
        {
            errors.WriteLine($"- {type}\t{Words(first, end)}");
        }

        foreach ((int first, int end, EntityType type) in wrong)
        {
            errors.WriteLine($"+ {type}\t{Words(first, end)}");
        }
    }
}
