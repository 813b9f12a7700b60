using System.CommandLine;
using System.Text.Json;
using Kronika.Cli.Output;
using Kronika.Core;
using Kronika.Core.Input;
using Kronika.Core.Output;
using Kronika.Core.Pipeline;
using Kronika.Polish;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika extract FILE…</c>: the JSON contract of each article (docs/schema.md).</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("FILE") { Description = "Text files, or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format")
        {
            Description = "json (one indented document per file), jsonl (one document per line) or text.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "jsonl", "text");
        Option<string?> date = InputOptions.Date();
        Option<string?> encoding = InputOptions.Encoding();
        Option<int> maxSize = InputOptions.MaxSize();
        var command = new Command("extract", "Extract the structured record of Polish articles: entities, times, quotations, events, claims (as far as built).")
        {
            inputs, format, date, encoding, maxSize,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            DateOnly? documentDate = InputOptions.ParseDate(parse.GetValue(date));
            string outputFormat = parse.GetValue(format)!;
            long limit = InputOptions.Bytes(parse.GetValue(maxSize));
            StartupTrace.Mark("command line parsed");
            PolishLanguage polish = PolishLanguage.Load();
            StartupTrace.Mark("models loaded");
            StartupTrace.Note($"dictionary {polish.Times.Dictionary.TotalMilliseconds:F0} ms, guesser {polish.Times.Guesser.TotalMilliseconds:F0} ms, tagger model {polish.Times.Tagger.TotalMilliseconds:F0} ms, names and knowledge {polish.Times.Names.TotalMilliseconds:F0} ms");
            Pipeline pipeline = polish.CreateExtractionPipeline();
            using var output = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16);
            int failures = 0;
            int lastFailure = ExitCodes.Success;
            foreach (string path in parse.GetValue(inputs)!)
            {
                // One unreadable file is reported and skipped; the others are still extracted.
                int code = CommandRunner.Run(() =>
                {
                    DecodedText text = InputReader.Read(path, parse.GetValue(encoding), limit);
                    Document document = pipeline.Process(Document.Create(text.Text, new DocumentInfo(Source: path, Date: documentDate)));
                    StartupTrace.Mark("article extracted");
                    Write(ExtractionResultBuilder.From(document), outputFormat, output);
                    StartupTrace.Mark("article written");
                    return ExitCodes.Success;
                });
                if (code != ExitCodes.Success)
                {
                    failures++;
                    lastFailure = code;
                }
            }

            return failures == 0 ? ExitCodes.Success : lastFailure;
        }));
        return command;
    }

    private static readonly JsonSerializerOptions Indented = new(KronikaJsonContext.Default.Options) { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Compact = new(KronikaJsonContext.Default.Options) { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void Write(ExtractionResult result, string format, TextWriter output)
    {
        switch (format)
        {
            case "jsonl":
                output.WriteLine(JsonSerializer.Serialize(result, Compact.GetTypeInfo(typeof(ExtractionResult))));
                break;
            case "text":
                ExtractionTextWriter.Write(result, output);
                break;
            default:
                output.WriteLine(JsonSerializer.Serialize(result, Indented.GetTypeInfo(typeof(ExtractionResult))));
                break;
        }

        output.Flush();
    }
}
