using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Pipeline;
using Kronika.Core.Text;

namespace Kronika.Polish.Tagging;

/// <summary>Pipeline component: one lemma and NKJP tag per token, chosen in context sentence by sentence.</summary>
public sealed class PolishTagger(CandidateProvider candidates, PerceptronTagger model) : IPipelineComponent
{
    public string Name => "pl.tagger";

    public IReadOnlyList<Layer> Reads { get; } = [Layer.Tokens, Layer.Sentences];

    public IReadOnlyList<Layer> Writes { get; } = [Layer.Morphology];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ImmutableArray<Token> tokens = document.Tokens;
        var analyses = new MorphAnalysis[tokens.Length];
        foreach (Sentence sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entries = new CandidateEntry[sentence.TokenCount];
            candidates.Entries(document.Text, tokens.AsSpan().Slice(sentence.FirstToken, entries.Length), entries);

            Tag(entries, analyses.AsSpan(sentence.FirstToken, entries.Length));
        }

        // Tokens outside any sentence (none with a well-behaved splitter) still get an analysis.
        for (int i = 0; i < analyses.Length; i++)
        {
            if (analyses[i].Tag is null)
            {
                analyses[i] = candidates.For(document.TextOf(tokens[i]), tokens[i].Kind)[0];
            }
        }

        document.SetMorphology(ImmutableArray.Create(analyses));
    }

    /// <summary>Tags one sentence given as word forms and token kinds.</summary>
    public MorphAnalysis[] TagWords(IReadOnlyList<string> forms, IReadOnlyList<TokenKind> kinds)
    {
        var entries = new CandidateEntry[forms.Count];
        for (int i = 0; i < entries.Length; i++)
        {
            entries[i] = candidates.Entry(forms[i], kinds[i]);
        }

        var result = new MorphAnalysis[forms.Count];
        Tag(entries, result);
        return result;
    }

    /// <summary>Tags one sentence given as its words' candidate entries, writing the chosen analyses to <paramref name="result"/>.</summary>
    private void Tag(CandidateEntry[] entries, Span<MorphAnalysis> result)
    {
        var candidateLists = new MorphAnalysis[entries.Length][];
        var words = new WordFeatures[entries.Length];
        for (int i = 0; i < entries.Length; i++)
        {
            candidateLists[i] = entries[i].Analyses;
            words[i] = model.FeaturesOf(entries[i]);
        }

        var chosen = new int[entries.Length];
        model.Tag(candidateLists, words, chosen);
        for (int i = 0; i < entries.Length; i++)
        {
            result[i] = candidateLists[i][chosen[i]];
        }
    }
}
