using System.Collections.Frozen;

namespace Kronika.Polish.Tagging;

/// <summary>Maps an NKJP tag and lemma to a Universal Dependencies UPOS, following <c>data/ud-upos.txt</c>.</summary>
public sealed class UniversalPosMapper
{
    private readonly FrozenDictionary<string, string> _defaults;
    private readonly FrozenDictionary<(string Pos, string Lemma), string> _exceptions;

    public UniversalPosMapper(IEnumerable<string> lines)
    {
        var defaults = new Dictionary<string, string>(StringComparer.Ordinal);
        var exceptions = new Dictionary<(string, string), string>();
        foreach (string line in lines)
        {
            string[] columns = line.Split('\t');
            switch (columns)
            {
                case ["default", var pos, var upos]:
                    defaults[pos] = upos;
                    break;
                case ["lemma", var pos, var upos, var lemmas]:
                    foreach (string lemma in lemmas.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        exceptions[(pos, lemma.Replace('_', ' '))] = upos;
                    }

                    break;
                default:
                    throw new FormatException($"ud-upos.txt: cannot read line: {line}");
            }
        }

        _defaults = defaults.ToFrozenDictionary(StringComparer.Ordinal);
        _exceptions = exceptions.ToFrozenDictionary();
    }

    public static UniversalPosMapper Default { get; } = new(PolishDataFiles.ReadLines("ud-upos.txt"));

    public string Map(string tag, string lemma)
    {
        int colon = tag.IndexOf(':');
        string pos = colon < 0 ? tag : tag[..colon];
        if (_exceptions.TryGetValue((pos, lemma), out string? special))
        {
            return special;
        }

        string upos = _defaults.GetValueOrDefault(pos, "X");
        return upos == "NOUN" && pos is "subst" or "depr" && lemma.Length > 0 && char.IsUpper(lemma[0]) ? "PROPN" : upos;
    }

    /// <summary>The UD <c>Case</c> value of an NKJP case (<c>inst</c> → <c>Ins</c>), or null.</summary>
    public static string? UdCase(string? nkjpCase) => nkjpCase switch
    {
        "nom" => "Nom",
        "gen" => "Gen",
        "dat" => "Dat",
        "acc" => "Acc",
        "inst" => "Ins",
        "loc" => "Loc",
        "voc" => "Voc",
        _ => null,
    };
}
