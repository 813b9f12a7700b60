using System.CommandLine;
using Kronika.Core.Corpora;
using Kronika.Polish.Evaluation;
using Kronika.Polish.Events;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika eval frames --ud FILE</c>: the event dictionary's argument frames against a dependency treebank.</summary>
internal static class EvalFrames
{
    public static Command Create()
    {
        var ud = new Option<string>("--ud")
        {
            Description = "CoNLL-U treebank with dependency trees (e.g. ../shared/data/ud-polish-pdb/pl_pdb-ud-test.conllu).",
            Required = true,
        };
        var all = new Option<bool>("--all") { Description = "List every trigger found, not only those whose frame disagrees with the treebank." };
        var command = new Command("frames", "For each trigger of data/event-patterns.txt found in a UD treebank, the case and preposition of its subject, objects and obliques, the share of its arguments its frame has a slot for, and the slots the frame lacks or never sees.")
        {
            ud, all,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            string path = parse.GetValue(ud)!;
            if (!File.Exists(path))
            {
                return CommandRunner.Fail($"{path}: no such file", ExitCodes.NoInput);
            }

            List<FrameUse> uses = FrameUsage.Count(EventPatterns.Load(), ConlluReader.Read(path));
            int disagreeing = 0;
            foreach (FrameUse use in uses)
            {
                string[] missing = [.. use.Missing()];
                string[] unseen = [.. use.Unseen()];
                if (missing.Length + unseen.Length > 0)
                {
                    disagreeing++;
                }
                else if (!parse.GetValue(all))
                {
                    continue;
                }

                string frame = string.Join("; ", use.Pattern.Slots.Select(s => FrameUsage.Write(s) + "=" + s.Role.ToString().ToLowerInvariant()));
                string seen = string.Join(", ", use.Slots.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}×{s.Value}"));
                Console.WriteLine($"{use.Pattern.Key} ({use.Reading}) ×{use.Occurrences}: frame [{frame}]; treebank [{seen}]"
                    + (missing.Length > 0 ? $"; lacks {string.Join(", ", missing)}" : "")
                    + (unseen.Length > 0 ? $"; never {string.Join(", ", unseen)}" : ""));
            }

            int arguments = uses.Sum(u => u.Arguments), covered = uses.Sum(u => u.Covered);
            Console.WriteLine($"triggers found: {uses.Count} readings, {uses.Sum(u => u.Occurrences)} occurrences; frames that disagree: {disagreeing}");
            Console.WriteLine($"arguments with a slot in their frame: {covered} of {arguments} = {(arguments == 0 ? 0 : (double)covered / arguments):P1}");
            IEnumerable<string> uncovered = uses
                .SelectMany(u => u.ArgumentSlots.Where(a => !FrameUsage.HasSlot(u.Pattern, u.Reading, a.Key)).Select(a => (Slot: $"{a.Key} ({u.Reading})", a.Value)))
                .GroupBy(a => a.Slot).Select(g => (g.Key, Count: g.Sum(a => a.Value))).OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key}×{g.Count}");
            Console.WriteLine($"argument slots no frame of their trigger has: {string.Join(", ", uncovered)}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
