using System.Text.Json;
using Kronika.Core;
using Kronika.Core.Text;
using Kronika.Polish.Tagging;

namespace Kronika.Cli.Output;

/// <summary>Writes an analysed document as text, JSON or CoNLL-U.</summary>
internal static class AnalysisWriter
{
    public static void Write(Document document, string format, TextWriter output)
    {
        switch (format)
        {
            case "json":
                WriteJson(document, output);
                break;
            case "conllu":
                WriteConllu(document, output);
                break;
            default:
                WriteText(document, output);
                break;
        }
    }

    /// <summary>One token per line: form, lemma, tag; a blank line after each sentence.</summary>
    private static void WriteText(Document document, TextWriter output)
    {
        foreach (Sentence sentence in document.Sentences)
        {
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                MorphAnalysis analysis = document.Morphology[i];
                output.Write(document.SpanOf(document.Tokens[i]));
                output.Write('\t');
                output.Write(analysis.Lemma);
                output.Write('\t');
                output.WriteLine(analysis.Tag);
            }

            output.WriteLine();
        }
    }

    private static void WriteJson(Document document, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("schema", "kronika-analysis/1");
            json.WriteString("id", document.Info.Id);
            json.WriteString("sha256", document.Sha256);
            json.WriteStartArray("sentences");
            foreach (Sentence sentence in document.Sentences)
            {
                json.WriteStartObject();
                json.WriteNumber("start", sentence.Start);
                json.WriteNumber("end", sentence.End);
                json.WriteNumber("paragraph", sentence.Paragraph);
                json.WriteStartArray("tokens");
                for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
                {
                    Token token = document.Tokens[i];
                    MorphAnalysis analysis = document.Morphology[i];
                    json.WriteStartObject();
                    json.WriteNumber("start", token.Start);
                    json.WriteNumber("end", token.End);
                    json.WriteString("text", document.SpanOf(token));
                    json.WriteString("kind", token.Kind.ToString().ToLowerInvariant());
                    json.WriteString("lemma", analysis.Lemma);
                    json.WriteString("tag", analysis.Tag);
                    json.WriteString("upos", UniversalPosMapper.Default.Map(analysis.Tag, analysis.Lemma));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
        output.WriteLine();
    }

    private static void WriteConllu(Document document, TextWriter output)
    {
        int number = 0;
        foreach (Sentence sentence in document.Sentences)
        {
            number++;
            output.WriteLine($"# sent_id = {number}");
            output.WriteLine($"# text = {document.Text.AsSpan(sentence.Start, sentence.End - sentence.Start).ToString().ReplaceLineEndings(" ")}");
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                Token token = document.Tokens[i];
                MorphAnalysis analysis = document.Morphology[i];
                bool spaceAfter = token.End < document.Text.Length && char.IsWhiteSpace(document.Text[token.End]);
                string features = UniversalFeatureMapper.Features(NkjpTagset.Default.Parse(analysis.Tag));
                string upos = UniversalPosMapper.Default.Map(analysis.Tag, analysis.Lemma);
                string misc = $"TokenRange={token.Start}:{token.End}" + (spaceAfter ? "" : "|SpaceAfter=No");
                output.WriteLine($"{i - sentence.FirstToken + 1}\t{Clean(document.TextOf(token))}\t{Clean(analysis.Lemma)}\t{upos}\t{analysis.Tag}\t{features}\t_\t_\t_\t{misc}");
            }

            output.WriteLine();
        }
    }

    /// <summary>CoNLL-U columns may not hold tabs or line breaks.</summary>
    private static string Clean(string value) => value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
