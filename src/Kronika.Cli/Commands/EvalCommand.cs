using System.CommandLine;
using Kronika.Core.Corpora;
using Kronika.Polish;
using Kronika.Polish.Evaluation;
using Kronika.Polish.Names;
using Kronika.Polish.Tagging;
using Kronika.Polish.Corpora;
using Kronika.Core.Pipeline;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika eval …</c>: accuracy against gold corpora.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Measure accuracy against a gold-standard corpus.");
        command.Add(Lemma());
        command.Add(Timex());
        command.Add(NameLemmas());
        command.Add(Extract());
        command.Add(Names());
        command.Add(EvalFrames.Create());
        command.Add(EvalArguments.Create());
        return command;
    }

    private static Command Extract()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "Folder of gold articles: NAME.txt with NAME.gold.json in the kronika/1 contract (e.g. eval/gold).",
            Required = true,
        };
        var errors = new Option<bool>("--errors") { Description = "Also print, per article, the gold items missed, the items found that match nothing, and wrong speakers." };
        var minEventF1 = new Option<double?>("--min-event-f1") { Description = "Fail (exit 1) if event F1 is below this fraction." };
        var minSpeaker = new Option<double?>("--min-speaker-accuracy") { Description = "Fail (exit 1) if quotation-speaker accuracy is below this fraction." };
        var minClaimF1 = new Option<double?>("--min-claim-f1") { Description = "Fail (exit 1) if claim F1 is below this fraction." };
        var command = new Command("extract", "Entity, quotation, event and claim precision, recall and F1 of `kronika extract` on a gold set, micro-averaged; speaker accuracy over matched quotations.")
        {
            gold, errors, minEventF1, minSpeaker, minClaimF1,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            string folder = parse.GetValue(gold)!;
            if (!Directory.Exists(folder))
            {
                return CommandRunner.Fail($"{folder}: no such folder", ExitCodes.NoInput);
            }

            IReadOnlyList<ExtractionGoldDocument> documents = ExtractionEvaluator.ReadGoldSet(folder);
            if (documents.Count == 0)
            {
                return CommandRunner.Fail($"{folder}: no *{ExtractionEvaluator.GoldSuffix} files", ExitCodes.NoInput);
            }

            IReadOnlyList<ExtractionDocumentScore> scored = ExtractionEvaluator.Score(PolishLanguage.Load().CreateExtractionPipeline(), documents);
            ExtractionScores total = scored.Aggregate(ExtractionScores.Empty, (sum, d) => sum + d.Comparison.Scores);
            Console.WriteLine($"gold: {folder} ({total.Documents} articles)");
            Console.WriteLine($"{"",-10} {"gold",6} {"found",6} {"matched",8} {"precision",10} {"recall",8} {"F1",8}");
            PrintRow("entities", total.Entities);
            PrintRow("quotes", total.Quotes);
            PrintRow("events", total.Events);
            PrintRow("claims", total.Claims);
            Console.WriteLine($"quotation speakers: {total.SpeakersCorrect} of {total.Quotes.Matched} matched quotes = {total.SpeakerAccuracy:P1}");
            Console.WriteLine("events compared by fewer facets (which facet loses the most):");
            PrintRow("  type", total.EventFacets.Type);
            PrintRow("  +source", total.EventFacets.TypeSource);
            PrintRow("  +target", total.EventFacets.TypeTarget);
            PrintRow("  +date", total.EventFacets.TypeDate);
            if (parse.GetValue(errors))
            {
                foreach (ExtractionDocumentScore document in scored.Where(d => d.Comparison.Errors.Count > 0))
                {
                    Console.WriteLine($"# {document.Name}");
                    foreach (string error in document.Comparison.Errors)
                    {
                        Console.WriteLine($"  {error}");
                    }
                }
            }

            return Check("event F1", total.Events.F1, parse.GetValue(minEventF1))
                & Check("quotation-speaker accuracy", total.SpeakerAccuracy, parse.GetValue(minSpeaker))
                & Check("claim F1", total.Claims.F1, parse.GetValue(minClaimF1))
                ? ExitCodes.Success
                : ExitCodes.Failure;
        }));
        return command;
    }

    private static void PrintRow(string name, MatchCounts counts) =>
        Console.WriteLine($"{name,-10} {counts.Gold,6} {counts.Found,6} {counts.Matched,8} {counts.Precision,10:P1} {counts.Recall,8:P1} {counts.F1,8:P1}");

    private static Command Timex()
    {
        var kpwr = new Option<string?>("--kpwr") { Description = "Folder of KPWr TIMEX3 files: CCL XML with a .ini holding `date =` (e.g. ../shared/data/kpwr-timex/dap)." };
        var duckling = new Option<string?>("--duckling") { Description = "Duckling's Time_PL_Corpus.hs (examples against reference time 2013-02-12T04:30)." };
        var errors = new Option<int>("--errors") { Description = "Also print this many wrong Duckling examples, and (if not 0) the KPWr dev set's mismatches (never the held-out ones).", DefaultValueFactory = _ => 0 };
        var minStrict = new Option<double?>("--min-strict") { Description = "Fail (exit 1) if the KPWr dev part's strict span F1 is below this fraction." };
        var minRelaxed = new Option<double?>("--min-relaxed") { Description = "Fail (exit 1) if the KPWr dev part's relaxed span F1 is below this fraction." };
        var minValue = new Option<double?>("--min-value") { Description = "Fail (exit 1) if the KPWr dev part's value F1 is below this fraction." };
        var minDuckling = new Option<double?>("--min-duckling") { Description = "Fail (exit 1) if the share of Duckling phrases normalised correctly is below this fraction." };
        var command = new Command("timex", "TempEval-3 style scores of the time tagger: span P/R/F1 (strict, relaxed), type and value accuracy; held-out KPWr files (id ending in 0 or 5) separately.")
        {
            kpwr, duckling, errors, minStrict, minRelaxed, minValue, minDuckling,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            string? folder = parse.GetValue(kpwr);
            string? hs = parse.GetValue(duckling);
            if (folder is null && hs is null)
            {
                throw new UsageException("give --kpwr DIR and/or --duckling FILE");
            }

            if (folder is not null && !Directory.Exists(folder))
            {
                return CommandRunner.Fail($"{folder}: no such folder", ExitCodes.NoInput);
            }

            if (hs is not null && !File.Exists(hs))
            {
                return CommandRunner.Fail($"{hs}: no such file", ExitCodes.NoInput);
            }

            Kronika.Core.Pipeline.Pipeline pipeline = PolishLanguage.Load().CreateExtractionPipeline();
            bool passed = true;
            if (folder is not null)
            {
                string[] files = [.. Directory.EnumerateFiles(folder, "*.xml").Order(StringComparer.Ordinal)];
                Console.WriteLine($"KPWr TIMEX3: {folder} ({files.Length} files)");
                TimexScores dev = TimexEvaluator.Score(pipeline, files.Where(f => !TimexEvaluator.IsHeldOut(f)).Select(TimexEvaluator.ReadCcl), parse.GetValue(errors) > 0 ? Console.Out : null);
                Print("dev", dev);
                Print("held-out", TimexEvaluator.Score(pipeline, files.Where(TimexEvaluator.IsHeldOut).Select(TimexEvaluator.ReadCcl)));
                // The gates are on the dev part, the part the rules were written against; held-out is for reporting.
                passed &= Check("dev strict span F1", dev.StrictF1, parse.GetValue(minStrict))
                    & Check("dev relaxed span F1", dev.RelaxedF1, parse.GetValue(minRelaxed))
                    & Check("dev value F1", dev.ValueF1, parse.GetValue(minValue));
            }

            if (hs is not null)
            {
                (List<TimexEvaluator.DucklingExample> examples, int skipped) = TimexEvaluator.ReadDuckling(hs);
                (int correct, int total, var wrong) = TimexEvaluator.ScoreDuckling(pipeline, examples);
                Console.WriteLine($"Duckling PL time corpus: {hs}");
                Console.WriteLine($"normalised correctly: {correct}/{total} = {(total == 0 ? 0 : (double)correct / total):P1}; skipped as not interpretable: {skipped}");
                foreach ((TimexEvaluator.DucklingExample example, string? got) in wrong.Take(parse.GetValue(errors)))
                {
                    Console.WriteLine($"  {example.Phrase}\texpected {example.Expected}\tgot {got ?? "-"}");
                }

                passed &= Check("Duckling share correct", total == 0 ? 0 : (double)correct / total, parse.GetValue(minDuckling));
            }

            return passed ? ExitCodes.Success : ExitCodes.Failure;
        }));
        return command;
    }

    private static Command NameLemmas()
    {
        var kpwr = new Option<string?>("--kpwr") { Description = "KPWr name base-form file (e.g. ../shared/data/kpwr-ne-lemma/kpwr-1.2-ne-tune-fix.tsv)." };
        var slavicNer = new Option<string?>("--slavicner") { Description = "SlavicNER folder (e.g. ../shared/data/slavicner-pl): base forms of its mentions." };
        var heldOut = new Option<bool>("--heldout") { Description = "With --slavicner: only the held-out documents (every fifth of each topic), which training never sees." };
        var sources = new Option<NameLemmaSources>("--sources") { Description = "Sources to combine, for comparison: All, Dictionary, Rules or None (every word as written).", DefaultValueFactory = _ => NameLemmaSources.All };
        var minAccuracy = new Option<double?>("--min-accuracy") { Description = "Fail (exit 1) if any accuracy is below this fraction." };
        var errors = new Option<int>("--errors") { Description = "Print this many wrong base forms of each corpus.", DefaultValueFactory = _ => 0 };
        var command = new Command("nelemma", "Exact-match accuracy of name base forms (kronika lemmatize --names) on KPWr and SlavicNER.")
        {
            kpwr, slavicNer, heldOut, sources, minAccuracy, errors,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            string? kpwrPath = parse.GetValue(kpwr), slavicNerPath = parse.GetValue(slavicNer);
            if (kpwrPath is null && slavicNerPath is null)
            {
                throw new UsageException("give --kpwr FILE and/or --slavicner DIR");
            }

            if (kpwrPath is not null && !File.Exists(kpwrPath))
            {
                return CommandRunner.Fail($"{kpwrPath}: no such file", ExitCodes.NoInput);
            }

            if (slavicNerPath is not null && !Directory.Exists(slavicNerPath))
            {
                return CommandRunner.Fail($"{slavicNerPath}: no such folder", ExitCodes.NoInput);
            }

            var lemmatizer = new NameLemmatizer(PolishLanguage.Load(), PolishLanguage.LoadNameRules(), parse.GetValue(sources));
            var scores = new List<(string Name, NameLemmaScores Scores)>();
            if (kpwrPath is not null)
            {
                scores.Add(($"KPWr {kpwrPath}", NameLemmaEvaluator.Score(lemmatizer.LemmatizePhrase, NameLemmaCorpus.ReadKpwr(kpwrPath))));
            }

            if (slavicNerPath is not null)
            {
                bool onlyHeldOut = parse.GetValue(heldOut);
                NameLemmaCorpus.Part part = onlyHeldOut ? NameLemmaCorpus.Part.HeldOut : NameLemmaCorpus.Part.All;
                scores.Add(($"SlavicNER {slavicNerPath}{(onlyHeldOut ? " (held-out documents)" : "")}", NameLemmaEvaluator.Score(lemmatizer.LemmatizePhrase, NameLemmaCorpus.ReadSlavicNer(slavicNerPath, part))));
            }

            bool passed = true;
            foreach ((string name, NameLemmaScores s) in scores)
            {
                Console.WriteLine($"{name}: {s.Total:N0} names, base form exact {s.Accuracy:P2} (written form already the base form: {s.IdentityAccuracy:P2})");
                foreach ((NameLemmaExample example, string got) in s.Errors.Take(parse.GetValue(errors)))
                {
                    Console.WriteLine($"  {example.Written}\texpected {example.Lemma}\tgot {got}");
                }

                passed &= Check("name base-form", s.Accuracy, parse.GetValue(minAccuracy));
            }

            return passed ? ExitCodes.Success : ExitCodes.Failure;
        }));
        return command;
    }

    private static void Print(string part, TimexScores s)
    {
        Console.WriteLine($"{part}: {s.Documents} documents, {s.Gold} gold, {s.System} found ({s.Unscored} vague references not scored: KPWr does not annotate them)");
        Console.WriteLine($"  strict  span P {s.StrictPrecision:P1}  R {s.StrictRecall:P1}  F1 {s.StrictF1:P1}");
        Console.WriteLine($"  relaxed span P {s.RelaxedPrecision:P1}  R {s.RelaxedRecall:P1}  F1 {s.RelaxedF1:P1}");
        Console.WriteLine($"  type accuracy {s.TypeAccuracy:P1}  value accuracy {s.ValueAccuracy:P1}  value F1 {s.ValueF1:P1}");
    }

    private static Command Lemma()
    {
        var conllu = new Option<string>("--conllu")
        {
            Description = "CoNLL-U gold file (e.g. ../shared/data/ud-polish-pdb/pl_pdb-ud-test.conllu).",
            Required = true,
        };
        var minLemma = new Option<double?>("--min-lemma") { Description = "Fail (exit 1) if lemma accuracy is below this fraction." };
        var minUpos = new Option<double?>("--min-upos") { Description = "Fail (exit 1) if UPOS accuracy is below this fraction." };
        var minCase = new Option<double?>("--min-case") { Description = "Fail (exit 1) if case accuracy is below this fraction." };
        var heldOut = new Option<bool>("--heldout")
        {
            Description = "Score only the fixed held-out fifth of the corpus (every fifth sentence), the part `kronika train tagger` never trains on.",
        };
        var command = new Command("lemma", "Lemma, UPOS, case and full-tag accuracy of the tagger on a CoNLL-U gold standard (gold tokenisation).")
        {
            conllu, heldOut, minLemma, minUpos, minCase,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            string path = parse.GetValue(conllu)!;
            if (!File.Exists(path))
            {
                return CommandRunner.Fail($"{path}: no such file", ExitCodes.NoInput);
            }

            PolishLanguage polish = PolishLanguage.Load();
            var evaluator = new MorphologyEvaluator(polish.Tagger!, NkjpTagset.Default, UniversalPosMapper.Default);
            bool onlyHeldOut = parse.GetValue(heldOut);
            IEnumerable<ConlluSentence> sentences = ConlluReader.Read(path);
            if (onlyHeldOut)
            {
                sentences = sentences.Where((sentence, index) => TaggerTrainingData.IsHeldOut(sentence, index));
            }

            MorphologyScores scores = evaluator.Evaluate(sentences);
            Console.WriteLine($"gold: {path}{(onlyHeldOut ? " (held-out fifth only)" : "")}");
            Console.WriteLine($"words: {scores.Words}");
            Console.WriteLine($"lemma accuracy:            {scores.Lemma:P2}   (ignoring letter case: {scores.LemmaIgnoringCase:P2})");
            Console.WriteLine($"UPOS accuracy:             {scores.Upos:P2}");
            Console.WriteLine($"case accuracy:             {scores.Case:P2}   (over {scores.CaseWords} words with a gold Case)");
            Console.WriteLine($"full tag accuracy:         {scores.Tag:P2}   (comparable across tagset versions: {scores.ComparableTag:P2})");
            return Check("lemma accuracy", scores.Lemma, parse.GetValue(minLemma))
                & Check("UPOS accuracy", scores.Upos, parse.GetValue(minUpos))
                & Check("case accuracy", scores.Case, parse.GetValue(minCase))
                ? ExitCodes.Success
                : ExitCodes.Failure;
        }));
        return command;
    }

    private static bool Check(string name, double value, double? minimum)
    {
        if (minimum is { } min && value < min)
        {
            Console.Error.WriteLine($"kronika: {name} {value:P2} is below the required {min:P2}");
            return false;
        }

        return true;
    }

    private static Command Names()
    {
        var slavicNer = new Option<string?>("--slavicner") { Description = "SlavicNER folder of topics (e.g. ../shared/data/slavicner-pl): raw articles through the whole pipeline." };
        var nkjp = new Option<string?>("--nkjp") { Description = "NKJP IOB file (e.g. ../shared/data/nkjp-ner/nkjp-nested-simplified-v2.iob): its tokens, analysed by Kronika." };
        var heldOut = new Option<bool>("--heldout")
        {
            Description = "Score only the fixed held-out parts `kronika train ner` never trains on: every fifth SlavicNER article of each topic, every tenth NKJP document.",
        };
        var minStrict = new Option<double?>("--min-strict") { Description = "Fail (exit 1) if the overall strict F1 of any corpus is below this fraction." };
        var minRelaxed = new Option<double?>("--min-relaxed") { Description = "Fail (exit 1) if the overall relaxed F1 of any corpus is below this fraction." };
        var minLemma = new Option<double?>("--min-lemma") { Description = "Fail (exit 1) if the base-form accuracy of SlavicNER mentions found exactly is below this fraction." };
        var command = new Command("ner", "Mention precision, recall and F1 of the name recogniser, strict (same span and type) and relaxed (same type, overlapping span), per type and overall.")
        {
            slavicNer, nkjp, heldOut, minStrict, minRelaxed, minLemma,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            string? folder = parse.GetValue(slavicNer);
            string? file = parse.GetValue(nkjp);
            if (folder is null && file is null)
            {
                throw new UsageException("give --slavicner DIR and/or --nkjp FILE");
            }

            if (folder is not null && !Directory.Exists(folder))
            {
                return CommandRunner.Fail($"{folder}: no such folder", ExitCodes.NoInput);
            }

            if (file is not null && !File.Exists(file))
            {
                return CommandRunner.Fail($"{file}: no such file", ExitCodes.NoInput);
            }

            bool onlyHeldOut = parse.GetValue(heldOut);
            PolishLanguage polish = PolishLanguage.Load();
            bool passed = true;
            if (folder is not null)
            {
                Pipeline pipeline = polish.AddAnalysisTo(new PipelineBuilder()).Add(polish.NameRecognizer!).Build();
                IEnumerable<SlavicNerDocument> documents = SlavicNerReader.Read(folder);
                NameScores scores = NameEvaluator.ScoreSlavicNer(pipeline, onlyHeldOut ? documents.Where(SlavicNerReader.IsHeldOut) : documents, polish.NameLemmatizer!.Lemmatize);
                Console.WriteLine($"SlavicNER: {folder}{(onlyHeldOut ? " (held-out fifth of each topic)" : "")}; {scores.Documents} articles, {scores.Unaligned} gold mentions not found in the text");
                passed &= Print(scores, parse.GetValue(minStrict), parse.GetValue(minRelaxed));
                Console.WriteLine($"  base forms of the {scores.LemmaCompared:N0} mentions found exactly: {scores.LemmaAccuracy:P1} correct");
                passed &= Check("mention lemma accuracy", scores.LemmaAccuracy, parse.GetValue(minLemma));
            }

            if (file is not null)
            {
                IEnumerable<NkjpDocument> documents = NkjpIobReader.Read(file);
                NameScores scores = NameEvaluator.ScoreNkjp(polish.NameRecognizer!.Model, polish.Tagger!, onlyHeldOut ? documents.Where(NkjpIobReader.IsHeldOut) : documents);
                Console.WriteLine($"NKJP: {file}{(onlyHeldOut ? " (held-out tenth of the documents)" : "")}; {scores.Documents} documents; persName, orgName, placeName+geogName as PERSON, ORGANIZATION, LOCATION");
                passed &= Print(scores, parse.GetValue(minStrict), parse.GetValue(minRelaxed));
            }

            return passed ? ExitCodes.Success : ExitCodes.Failure;
        }));
        return command;
    }

    private static bool Print(NameScores scores, double? minStrict, double? minRelaxed)
    {
        Console.WriteLine($"  {"type",-13} {"gold",6} {"found",6}   strict P / R / F1        relaxed P / R / F1");
        foreach ((string name, MentionCounts c) in scores.ByType.Select(p => (p.Key.ToString().ToUpperInvariant(), p.Value)).Append(("overall", scores.All)))
        {
            Console.WriteLine($"  {name,-13} {c.Gold,6} {c.System,6}   {c.StrictPrecision,6:P1} {c.StrictRecall,6:P1} {c.StrictF1,6:P1}   {c.RelaxedPrecision,6:P1} {c.RelaxedRecall,6:P1} {c.RelaxedF1,6:P1}");
        }

        return Check("strict F1", scores.All.StrictF1, minStrict) & Check("relaxed F1", scores.All.RelaxedF1, minRelaxed);
    }
}
