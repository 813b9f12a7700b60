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
        var names = ImmutableArray.CreateBuilder<NameMention>();
        var memory = new NameDocumentMemory();
        foreach (Sentence sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var forms = new string[sentence.TokenCount];
            var analyses = new MorphAnalysis[sentence.TokenCount];
            for (int i = 0; i < forms.Length; i++)
            {
                forms[i] = document.TextOf(tokens[sentence.FirstToken + i]);
                analyses[i] = morphology[sentence.FirstToken + i];
            }

            int[] labels = model.Label(new NameSentence(forms, analyses), memory);
            foreach ((int first, int end, EntityType type) in NameLabels.Decode(labels))
            {
                int a = sentence.FirstToken + first, b = sentence.FirstToken + end;
                names.Add(new NameMention(a, b, tokens[a].Start, tokens[b - 1].End, type));
            }
        }

        document.SetNames(names.ToImmutable());
    }
}
