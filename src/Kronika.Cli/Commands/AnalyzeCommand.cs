using System.CommandLine;
using Kronika.Cli.Output;
using Kronika.Core;
using Kronika.Core.Input;
using Kronika.Polish;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika analyze FILE|-</c>: tokens with their lemma and tag.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("FILE") { Description = "A text file, or - for standard input." };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (form, lemma, tag per line), json or conllu.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "conllu");
        Option<string?> encoding = InputOptions.Encoding();
        Option<int> maxSize = InputOptions.MaxSize();

        var command = new Command("analyze", "Split a Polish text into sentences and tokens, each with its lemma and morphosyntactic tag.")
        {
            input, format, encoding, maxSize,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            string path = parse.GetValue(input)!;
            DecodedText text = InputReader.Read(path, parse.GetValue(encoding), InputOptions.Bytes(parse.GetValue(maxSize)));
            PolishLanguage polish = PolishLanguage.Load();
            Document document = polish.CreateAnalysisPipeline().Process(Document.Create(text.Text, new DocumentInfo(Source: path)));
            using var output = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16);
            AnalysisWriter.Write(document, parse.GetValue(format)!, output);
            return ExitCodes.Success;
        }));
        return command;
    }
}
