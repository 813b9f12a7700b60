using System.CommandLine;
using Kronika.Core.Corpora;
using Kronika.Polish;
using Kronika.Polish.Evaluation;
using Kronika.Polish.Tagging;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika eval …</c>: accuracy against gold corpora.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Measure accuracy against a gold-standard corpus.");
        command.Add(Lemma());
        command.Add(Timex());
        return command;
    }

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
}
