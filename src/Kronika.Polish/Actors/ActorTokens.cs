using Kronika.Core;
using Kronika.Core.Text;
using Kronika.Polish.Tagging;

namespace Kronika.Polish.Actors;

/// <summary>What the resolver needs of each token, computed once per document: form, lemma, parsed tag, and the recognised name it starts or lies in.</summary>
internal sealed class ActorTokens
{
    private readonly ParsedTag[] _tags;
    private readonly int[] _nameAt;
    private readonly TokenView _view;

    public ActorTokens(Document document)
    {
        Document = document;
        var view = TokenView.Of(document);
        _view = view;
        int n = view.Count;
        Forms = view.Forms;
        Lemmas = view.Lemmas;
        _tags = view.Tags;
        _nameAt = new int[n];
        Array.Fill(_nameAt, -1);

        for (int k = 0; k < document.Names.Length; k++)
        {
            NameMention name = document.Names[k];
            for (int i = name.FirstToken; i < name.EndToken; i++)
            {
                _nameAt[i] = k;
            }
        }
    }

    public Document Document { get; }

    public string[] Forms { get; }

    public string[] Lemmas { get; }

    /// <summary>The forms lower-cased (made on first use, shared with the later stages).</summary>
    public string[] LowerForms => _view.Lower;

    /// <summary>The lemmas lower-cased (made on first use, shared with the later stages).</summary>
    public string[] LowerLemmas => _view.LowerLemmas;

    public int Count => Forms.Length;

    public string Pos(int i) => _tags[i].Pos;

    public string? Case(int i) => _tags[i].Case;

    public bool IsPlural(int i) => _tags[i].Get("number") == "pl";

    public string? Gender(int i) => _tags[i].Get("gender");

    /// <summary>The index of the recognised name covering token <paramref name="i"/>, or -1.</summary>
    public int NameAt(int i) => i >= 0 && i < _nameAt.Length ? _nameAt[i] : -1;

    public bool StartsName(int i) => NameAt(i) is int k && k >= 0 && Document.Names[k].FirstToken == i;

    public bool IsCapitalised(int i) => Forms[i].Length > 0 && char.IsUpper(Forms[i][0]);
}
