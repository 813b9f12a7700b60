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
        return command;
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
            return Check("lemma", scores.Lemma, parse.GetValue(minLemma))
                & Check("UPOS", scores.Upos, parse.GetValue(minUpos))
                & Check("case", scores.Case, parse.GetValue(minCase))
                ? ExitCodes.Success
                : ExitCodes.Failure;
        }));
        return command;
    }

    private static bool Check(string name, double value, double? minimum)
    {
        if (minimum is { } min && value < min)
        {
            Console.Error.WriteLine($"kronika: {name} accuracy {value:P2} is below the required {min:P2}");
            return false;
        }

        return true;
    }
}
