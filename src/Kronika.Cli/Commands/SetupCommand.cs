using System.CommandLine;
using Kronika.Polish;
using Kronika.Polish.Morphology;

namespace Kronika.Cli.Commands;

/// <summary>
/// <c>kronika setup</c>: the command every "dictionary or model missing" message points to. The <c>./kronika</c>
/// wrapper fetches the dictionary (scripts/fetch-morfologik.sh) and builds before any command runs; this command
/// then loads the dictionary and the models and says where they are, or fails with exit code 2 and one line.
/// </summary>
internal static class SetupCommand
{
    public static Command Create()
    {
        var command = new Command("setup", "Check that the Polish dictionary and the trained models are in place and load (./kronika setup also fetches the dictionary).");
        command.SetAction(_ => CommandRunner.Run(() =>
        {
            string dictionary = DictionaryLocator.Locate();
            PolishLanguage.Load();
            Console.Out.WriteLine($"dictionary: {dictionary}");
            Console.Out.WriteLine($"models: {PolishModelFiles.Directory}");
            Console.Out.WriteLine("ready");
            return ExitCodes.Success;
        }));
        return command;
    }
}
