using System.CommandLine;
using System.Text;
using Kronika.Polish;
using Kronika.Polish.Names;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika lemmatize --names</c>: one name per input line → its base form per output line.</summary>
internal static class LemmatizeCommand
{
    public static Command Create()
    {
        var names = new Option<bool>("--names") { Description = "Each line of standard input is one name phrase; print its nominative base form (required: the only mode so far)." };
        var command = new Command("lemmatize", "Base forms of phrases read from standard input, one per line; the output has exactly as many lines.") { names };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            if (!parse.GetValue(names))
            {
                throw new UsageException("say what the lines are: --names");
            }

            var lemmatizer = new NameLemmatizer(PolishLanguage.Load(), PolishLanguage.LoadNameRules());
            using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
            using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
            while (input.ReadLine() is { } line)
            {
                output.Write(lemmatizer.LemmatizePhrase(line));
                output.Write('\n');
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
