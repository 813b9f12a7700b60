using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Pipeline;
using Kronika.Core.Text;

namespace Kronika.Polish.Names;

/// <summary>
/// Pipeline component: finds the names of people, organisations, places, events and products, sentence
/// by sentence in order, with a trained <see cref="NameModel"/> that remembers what it said earlier in the document. States come out as <see cref="EntityType.Location"/>
/// (the training corpora do not tell them apart from other places); a later stage decides which are countries.
/// </summary>
public sealed class PolishNameRecognizer(NameModel model) : IPipelineComponent
{
    public string Name => "pl.names";

    public NameModel Model => model;

    public IReadOnlyList<Layer> Reads { get; } = [Layer.Tokens, Layer.Sentences, Layer.Morphology];

    public IReadOnlyList<Layer> Writes { get; } = [Layer.Names];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ImmutableArray<Token> tokens = document.Tokens;
        ImmutableArray<MorphAnalysis> morphology = document.Morphology;
        // The forms as the later stages will read them too: each token's string is made once per document.
        string[] documentForms = TokenView.Of(document).Forms;
        var names = ImmutableArray.CreateBuilder<NameMention>();
        var memory = new NameDocumentMemory();
        foreach (Sentence sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string[] forms = documentForms[sentence.FirstToken..sentence.EndToken];
            var analyses = new MorphAnalysis[sentence.TokenCount];
            morphology.CopyTo(sentence.FirstToken, analyses, 0, analyses.Length);

            int[] labels = model.Label(new NameSentence(forms, analyses), memory);
            foreach ((int first, int end, EntityType type) in NameLabels.Decode(labels))
            {
                int a = sentence.FirstToken + first, b = sentence.FirstToken + end;
                int inner = type == EntityType.Location ? InnerPlacePreposition(forms, first, end) : -1;
                if (inner > 0)
                {
                    // "Rosji w Gdańsku": two places, the second where the first is, not one name.
                    int w = sentence.FirstToken + inner;
                    names.Add(new NameMention(a, w, tokens[a].Start, tokens[w - 1].End, type));
                    names.Add(new NameMention(w + 1, b, tokens[w + 1].Start, tokens[b - 1].End, type));
                    continue;
                }

                names.Add(new NameMention(a, b, tokens[a].Start, tokens[b - 1].End, type));
            }
        }

        document.SetNames(names.ToImmutable());
    }

    /// <summary>
    /// Where a place name the model read across a lower-case "w" or "we" splits ("Rosji w Gdańsku"). Polish place
    /// names have no inner "w" (their inner words are "nad", "pod", "na": "Frankfurt nad Odrą"), so a place span that
    /// holds one followed by a capitalised word is two places. Returns the preposition's index, or -1.
    /// </summary>
    private static int InnerPlacePreposition(string[] forms, int first, int end)
    {
        for (int i = first + 1; i + 1 < end; i++)
        {
            if (forms[i] is "w" or "we" && forms[i + 1].Length > 0 && char.IsUpper(forms[i + 1][0]))
            {
                return i;
            }
        }

        return -1;
    }
}
