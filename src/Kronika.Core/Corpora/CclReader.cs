using System.Xml;

namespace Kronika.Core.Corpora;

/// <summary>One reading of a CCL token: lemma (<c>base</c>), tag (<c>ctag</c>) and whether it is the chosen one.</summary>
public sealed record CclLex(string Base, string Ctag, bool Disamb);

/// <summary>
/// A CCL token: its form, readings, annotation channels (channel → annotation number, 0 = none),
/// properties (key → value, e.g. <c>t3_date:val</c>) and whether it is written without a space before the next token.
/// </summary>
public sealed record CclToken(
    string Orth,
    IReadOnlyList<CclLex> Lexes,
    IReadOnlyDictionary<string, int> Channels,
    IReadOnlyDictionary<string, string> Props,
    bool NoSpaceAfter)
{
    /// <summary>The chosen reading, or the first one when none is marked.</summary>
    public CclLex? Chosen => Lexes.FirstOrDefault(l => l.Disamb) ?? Lexes.FirstOrDefault();
}

public sealed record CclSentence(string? Id, IReadOnlyList<CclToken> Tokens);

/// <summary>
/// Reads the CCL XML format of the Wrocław corpora (KPWr): <c>chunkList/chunk/sentence/tok</c>, each token
/// with <c>orth</c>, <c>lex</c> readings (<c>disamb="1"</c> marks the chosen one), <c>ann chan</c> annotations
/// and <c>prop</c> properties; an empty <c>ns</c> element between tokens means "no space".
/// </summary>
public static class CclReader
{
    public static IEnumerable<CclSentence> Read(string path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreWhitespace = true };
        using XmlReader reader = XmlReader.Create(path, settings);
        List<CclToken>? tokens = null;
        string? sentenceId = null;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.Name)
                {
                    case "sentence":
                        tokens = [];
                        sentenceId = reader.GetAttribute("id");
                        if (reader.IsEmptyElement)
                        {
                            tokens = null;
                        }

                        break;
                    case "tok" when tokens is not null:
                        tokens.Add(ReadToken(reader));
                        break;
                    case "ns" when tokens is { Count: > 0 }:
                        tokens[^1] = tokens[^1] with { NoSpaceAfter = true };
                        break;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.Name == "sentence" && tokens is not null)
            {
                yield return new CclSentence(sentenceId, tokens);
                tokens = null;
            }
        }
    }

    private static CclToken ReadToken(XmlReader reader)
    {
        string orth = "";
        var lexes = new List<CclLex>();
        var channels = new Dictionary<string, int>(StringComparer.Ordinal);
        var props = new Dictionary<string, string>(StringComparer.Ordinal);
        using XmlReader token = reader.ReadSubtree();
        token.Read();
        token.Read();
        // The Read…Content calls move past their element, so the loop reads on only where they do not.
        while (!token.EOF)
        {
            if (token.NodeType != XmlNodeType.Element || token.Depth == 0)
            {
                token.Read();
                continue;
            }

            switch (token.Name)
            {
                case "orth":
                    orth = token.ReadElementContentAsString();
                    break;
                case "lex":
                    lexes.Add(ReadLex(token));
                    break;
                case "ann":
                    string channel = token.GetAttribute("chan") ?? "";
                    channels[channel] = int.TryParse(token.ReadElementContentAsString().Trim(), out int value) ? value : 0;
                    break;
                case "prop":
                    string key = token.GetAttribute("key") ?? "";
                    props[key] = token.ReadElementContentAsString();
                    break;
                default:
                    token.Read();
                    break;
            }
        }

        return new CclToken(orth, lexes, channels, props, false);
    }

    private static CclLex ReadLex(XmlReader reader)
    {
        bool disamb = reader.GetAttribute("disamb") == "1";
        string lemma = "", tag = "";
        using XmlReader lex = reader.ReadSubtree();
        lex.Read();
        lex.Read();
        while (!lex.EOF)
        {
            if (lex.NodeType == XmlNodeType.Element && lex.Name == "base")
            {
                lemma = lex.ReadElementContentAsString();
            }
            else if (lex.NodeType == XmlNodeType.Element && lex.Name == "ctag")
            {
                tag = lex.ReadElementContentAsString();
            }
            else
            {
                lex.Read();
            }
        }

        return new CclLex(lemma, tag, disamb);
    }
}
