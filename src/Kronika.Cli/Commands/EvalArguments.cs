using System.CommandLine;
using Kronika.Core.Corpora;
using Kronika.Polish;
using Kronika.Polish.Evaluation;
using Kronika.Polish.Events;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika eval arguments --ud FILE</c>: event sides against the subjects and objects of a dependency treebank.</summary>
internal static class EvalArguments
{
    public static Command Create()
    {
        var ud = new Option<string>("--ud")
        {
            Description = "CoNLL-U treebank with dependency trees and # text lines (e.g. ../shared/data/ud-polish-pdb/pl_pdb-ud-test.conllu).",
            Required = true,
        };
        var errors = new Option<bool>("--errors") { Description = "List every treebank argument holding an actor that the event does not have on its side." };
        var command = new Command("arguments", "Runs extraction on each treebank sentence and checks, for events triggered by a verb, that the actors in the verb's subject (or passive agent) are the event's sources and those in its object, indirect object, argument oblique or passive subject its targets.")
        {
            ud, errors,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            string path = parse.GetValue(ud)!;
            if (!File.Exists(path))
            {
                return CommandRunner.Fail($"{path}: no such file", ExitCodes.NoInput);
            }

            ArgumentAgreementScores s = ArgumentAgreement.Score(PolishLanguage.Load().CreateExtractionPipeline(), EventPatterns.Load(), ConlluReader.Read(path), parse.GetValue(errors) ? Console.Out : null);
            Console.WriteLine($"verbs of the dictionary's triggers with an actor as subject or object: {s.TriggerVerbs}; with an event {s.TriggerVerbsFound} = {Share(s.TriggerVerbsFound, s.TriggerVerbs)}");
            Console.WriteLine($"events with a verb trigger: {s.Events}");
            Console.WriteLine($"subjects holding an actor: {s.Subjects}; the event's source {s.SubjectsAsSource} = {Share(s.SubjectsAsSource, s.Subjects)}, only its target {s.SubjectsAsTargetOnly}");
            Console.WriteLine($"objects holding an actor: {s.Objects}; the event's target {s.ObjectsAsTarget} = {Share(s.ObjectsAsTarget, s.Objects)}, only its source {s.ObjectsAsSourceOnly}");
            int all = s.Subjects + s.Objects, right = s.SubjectsAsSource + s.ObjectsAsTarget;
            Console.WriteLine($"arguments on the treebank's side: {right} of {all} = {Share(right, all)}");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static string Share(int part, int whole) => whole == 0 ? "–" : $"{(double)part / whole:P1}";
}
