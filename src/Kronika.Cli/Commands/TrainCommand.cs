using System.CommandLine;
using System.Diagnostics;
using Kronika.Polish;
using Kronika.Core.Corpora;
using Kronika.Polish.Evaluation;
using Kronika.Polish.Morphology;
using Kronika.Polish.Knowledge;
using Kronika.Polish.Names;
using Kronika.Polish.Tagging;
using Kronika.Polish.Corpora;
using Kronika.Core;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika train …</c>: rebuild the trained models in <c>models/</c>.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Train Kronika's models from corpora and the dictionary.");
        command.Add(Tagger());
        command.Add(Guesser());
        command.Add(NameLemmas());
        command.Add(Names());
        return command;
    }

    private static Option<string> Output(string name) => new("--output")
    {
        Description = "Where to write the model.",
        DefaultValueFactory = _ => Path.Combine("models", name),
    };

    private static Command Guesser()
    {
        Option<string> output = Output(PolishModelFiles.Guesser);
        var command = new Command("guesser", "Learn the unknown-word guesser (ending → tag and lemma rule) from the Morfologik dictionary.") { output };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var clock = Stopwatch.StartNew();
            PolishMorphology morphology = PolishMorphology.Load();
            SuffixGuesser guesser = SuffixGuesserTrainer.Train(morphology.ExpandedEntries());
            string path = parse.GetValue(output)!;
            guesser.Save(path);
            Console.WriteLine($"guesser: {guesser.SuffixCount:N0} endings, written to {path} in {clock.Elapsed.TotalSeconds:F1} s");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command NameLemmas()
    {
        var kpwr = new Option<string>("--kpwr")
        {
            Description = "KPWr name base-form training file (never the tune file, which is for evaluation).",
            DefaultValueFactory = _ => "../shared/data/kpwr-ne-lemma/kpwr-1.2-ne-train-fix.tsv",
        };
        var slavicNer = new Option<string>("--slavicner")
        {
            Description = "SlavicNER folder; its held-out documents (every fifth per topic) are left out.",
            DefaultValueFactory = _ => "../shared/data/slavicner-pl",
        };
        Option<string> output = Output(PolishModelFiles.NameLemmas);
        var command = new Command("nelemma", "Learn the ending rules that give unknown name words their nominative.") { kpwr, slavicNer, output };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            string kpwrPath = parse.GetValue(kpwr)!, slavicNerPath = parse.GetValue(slavicNer)!;
            if (!File.Exists(kpwrPath))
            {
                return CommandRunner.Fail($"{kpwrPath}: no such file", ExitCodes.NoInput);
            }

            if (!Directory.Exists(slavicNerPath))
            {
                return CommandRunner.Fail($"{slavicNerPath}: no such folder", ExitCodes.NoInput);
            }

            var clock = Stopwatch.StartNew();
            List<NameLemmaExample> examples = [.. NameLemmaCorpus.ReadKpwr(kpwrPath), .. NameLemmaCorpus.ReadSlavicNer(slavicNerPath, NameLemmaCorpus.Part.Training)];
            NameSuffixRules rules = NameSuffixRulesTrainer.Train(PolishLanguage.Load(withNames: false), examples, out int words);
            string path = parse.GetValue(output)!;
            rules.Save(path);
            Console.WriteLine($"name-lemma rules: {examples.Count:N0} names, {words:N0} words the dictionary does not decline, {rules.Count:N0} rules, written to {path} in {clock.Elapsed.TotalSeconds:F1} s");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Tagger()
    {
        var conllu = new Option<string>("--conllu")
        {
            Description = "Gold CoNLL-U corpus; every fifth sentence is held out and never trained on.",
            DefaultValueFactory = _ => "../shared/data/ud-polish-pdb/pl_pdb-ud-test.conllu",
        };
        var ccl = new Option<string?>("--ccl")
        {
            Description = "Optional folder of CCL XML files whose chosen readings add (silver) training data, e.g. ../shared/data/kpwr-timex/dap.",
        };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 8 };
        var seed = new Option<int>("--seed") { Description = "Seed of the shuffling, for a reproducible model.", DefaultValueFactory = _ => 1 };
        Option<string> output = Output(PolishModelFiles.Tagger);
        var command = new Command("tagger", "Train the averaged-perceptron tagger; scores it on the held-out fifth of the CoNLL-U corpus.")
        {
            conllu, ccl, epochs, seed, output,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            string conlluPath = parse.GetValue(conllu)!;
            string? cclPath = parse.GetValue(ccl);
            if (!File.Exists(conlluPath))
            {
                return CommandRunner.Fail($"{conlluPath}: no such file", ExitCodes.NoInput);
            }

            if (cclPath is not null && !Directory.Exists(cclPath))
            {
                return CommandRunner.Fail($"{cclPath}: no such folder", ExitCodes.NoInput);
            }

            var clock = Stopwatch.StartNew();
            PolishLanguage polish = PolishLanguage.ForTraining(withGuesser: true);
            var training = new List<TrainingSentence>();
            var heldOut = new List<ConlluSentence>();
            int missing = 0;
            int index = 0;
            foreach (ConlluSentence sentence in ConlluReader.Read(conlluPath))
            {
                if (TaggerTrainingData.IsHeldOut(sentence, index++))
                {
                    heldOut.Add(sentence);
                    continue;
                }

                training.Add(TaggerTrainingData.Build([.. TaggerTrainingData.FromConllu(sentence)], polish.Candidates, out bool goldMissing));
                missing += goldMissing ? 1 : 0;
            }

            int gold = training.Count;
            if (cclPath is not null)
            {
                foreach (string file in Directory.EnumerateFiles(cclPath, "*.xml").Order(StringComparer.Ordinal))
                {
                    foreach (CclSentence sentence in CclReader.Read(file))
                    {
                        training.Add(TaggerTrainingData.Build([.. TaggerTrainingData.FromCcl(sentence)], polish.Candidates, out bool goldMissing));
                        missing += goldMissing ? 1 : 0;
                    }
                }
            }

            Console.WriteLine($"training sentences: {gold:N0} gold + {training.Count - gold:N0} silver ({missing:N0} with a reading the dictionary lacks), held out: {heldOut.Count:N0}; prepared in {clock.Elapsed.TotalSeconds:F1} s");
            var trainer = new PerceptronTaggerTrainer(NkjpTagset.Default);
            PerceptronTagger model = trainer.Train(training, parse.GetValue(epochs), parse.GetValue(seed), Console.WriteLine);
            string path = parse.GetValue(output)!;
            model.Save(path);
            Console.WriteLine($"model: {model.FeatureCount:N0} features, {model.WeightCount:N0} weights, written to {path}; {clock.Elapsed.TotalSeconds:F1} s in all");

            var evaluator = new MorphologyEvaluator(new PolishTagger(polish.Candidates, model), NkjpTagset.Default, UniversalPosMapper.Default);
            MorphologyScores scores = evaluator.Evaluate(heldOut);
            Console.WriteLine($"held-out ({scores.Words:N0} words): lemma {scores.Lemma:P2}, UPOS {scores.Upos:P2}, case {scores.Case:P2}, comparable tag {scores.ComparableTag:P2}");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Names()
    {
        var nkjp = new Option<string?>("--nkjp") { Description = "NKJP IOB file (e.g. ../shared/data/nkjp-ner/nkjp-nested-simplified-v2.iob); every tenth document is held out." };
        var slavicNer = new Option<string?>("--slavicner") { Description = "SlavicNER folder of topics (e.g. ../shared/data/slavicner-pl); every fifth article of each topic is held out." };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 6 };
        var seed = new Option<int>("--seed") { Description = "Seed of the shuffling, for a reproducible model.", DefaultValueFactory = _ => 1 };
        var minCount = new Option<int>("--min-count") { Description = "Word features seen fewer times than this get no weight.", DefaultValueFactory = _ => 2 };
        var slavicNerWeight = new Option<float>("--slavicner-weight")
        {
            Description = "How much a SlavicNER sentence's mistakes change the weights, relative to an NKJP one (whose annotation also marks country adjectives and demonyms).",
            DefaultValueFactory = _ => 1f,
        };
        var dev = new Option<bool>("--dev")
        {
            Description = "Also keep the NKJP training documents whose index ends in 4 out of training and score the model on them: a development slice for choosing features without looking at the held-out part.",
        };
        var devErrors = new Option<string?>("--dev-errors")
        {
            Description = "With --dev: write to this file every development sentence where the recogniser and the gold annotation differ, with the mentions missed (-) and the ones found wrongly (+).",
        };
        Option<string> output = Output(PolishModelFiles.Names);
        var command = new Command("ner", "Train the averaged-perceptron name recogniser (BIO labels, Viterbi decoding) on the training parts of NKJP and SlavicNER.")
        {
            nkjp, slavicNer, slavicNerWeight, epochs, seed, minCount, dev, devErrors, output,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            string? nkjpPath = parse.GetValue(nkjp);
            string? slavicNerPath = parse.GetValue(slavicNer);
            if (nkjpPath is null && slavicNerPath is null)
            {
                throw new UsageException("give --nkjp FILE and/or --slavicner DIR");
            }

            if (nkjpPath is not null && !File.Exists(nkjpPath))
            {
                return CommandRunner.Fail($"{nkjpPath}: no such file", ExitCodes.NoInput);
            }

            if (slavicNerPath is not null && !Directory.Exists(slavicNerPath))
            {
                return CommandRunner.Fail($"{slavicNerPath}: no such folder", ExitCodes.NoInput);
            }

            var clock = Stopwatch.StartNew();
            PolishLanguage polish = PolishLanguage.Load(withNames: false);
            var training = new List<NameTrainingSentence>();
            bool withDev = parse.GetValue(dev);
            int documents = 0;
            if (nkjpPath is not null)
            {
                foreach (NkjpDocument document in NkjpIobReader.Read(nkjpPath).Where(d => !NkjpIobReader.IsHeldOut(d) && !(withDev && IsNkjpDev(d))))
                {
                    int id = documents++;
                    training.AddRange(document.Sentences.Select(s => NameTrainingData.FromNkjp(s, polish.Tagger!) with { Document = id }));
                }
            }

            int fromNkjp = training.Count;
            int dropped = 0, unaligned = 0;
            if (slavicNerPath is not null)
            {
                Kronika.Core.Pipeline.Pipeline analysis = polish.CreateAnalysisPipeline();
                foreach (SlavicNerDocument gold in SlavicNerReader.Read(slavicNerPath).Where(d => !SlavicNerReader.IsHeldOut(d)))
                {
                    Document document = Document.Create(gold.Text);
                    analysis.Process(document, CancellationToken.None);
                    float weight = parse.GetValue(slavicNerWeight);
                    int id = documents++;
                    training.AddRange(NameTrainingData.FromSlavicNer(document, gold, out int droppedHere).Select(s => s with { Weight = weight, Document = id }));
                    dropped += droppedHere;
                    unaligned += gold.Unaligned;
                }
            }

            Console.WriteLine($"training sentences: {fromNkjp:N0} NKJP + {training.Count - fromNkjp:N0} SlavicNER in {documents:N0} documents ({unaligned:N0} SlavicNER mentions not found in the text, {dropped:N0} left out as overlapping or crossing sentences); prepared in {clock.Elapsed.TotalSeconds:F1} s");
            var trainer = new NameModelTrainer(NameLexicons.Load(KnowledgeBase.Load()), polish.Morphology);
            NameModel model = trainer.Train(training, parse.GetValue(epochs), parse.GetValue(seed), parse.GetValue(minCount), Console.WriteLine);
            string path = parse.GetValue(output)!;
            model.Save(path);
            Console.WriteLine($"model: {model.FeatureCount:N0} features, {model.WeightCount:N0} weights, written to {path}; {clock.Elapsed.TotalSeconds:F1} s in all");
            if (withDev && nkjpPath is not null)
            {
                string? errorsPath = parse.GetValue(devErrors);
                using StreamWriter? errors = errorsPath is null ? null : new StreamWriter(errorsPath);
                NameScores scores = NameEvaluator.ScoreNkjp(model, polish.Tagger!, NkjpIobReader.Read(nkjpPath).Where(IsNkjpDev), errors);
                Console.WriteLine($"NKJP development slice: {scores.Documents} documents");
                foreach ((string name, MentionCounts c) in scores.ByType.Select(p => (p.Key.ToString().ToUpperInvariant(), p.Value)).Append(("overall", scores.All)))
                {
                    Console.WriteLine($"  {name,-13} {c.Gold,6} {c.System,6}   strict P/R/F1 {c.StrictPrecision,6:P1} {c.StrictRecall,6:P1} {c.StrictF1,6:P1}");
                }
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The NKJP training documents set aside by <c>--dev</c> (never the held-out ones, whose index ends in 9).</summary>
    private static bool IsNkjpDev(NkjpDocument document) => document.Index % 10 == 4;
}
