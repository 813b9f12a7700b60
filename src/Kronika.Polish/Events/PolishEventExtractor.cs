using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Pipeline;
using Kronika.Core.Text;
using Kronika.Polish.Morphology;

namespace Kronika.Polish.Events;

/// <summary>
/// Finds events and claims. Reads the tokens, sentences, morphology, entities, time expressions and quotations;
/// writes the events (triggers from <c>data/event-patterns.txt</c>, arguments by case and preposition,
/// status from the words around them) and the claims with the denials that answer them.
/// </summary>
/// <param name="dictionary">The morphological dictionary, for the other cases a word could have.</param>
public sealed class PolishEventExtractor(EventPatterns patterns, EventModality words, DiscourseWords discourse, IWordAnalyzer dictionary) : IPipelineComponent
{
    public string Name => "polish-event-extractor";

    public IReadOnlyList<Layer> Reads { get; } = [Layer.Tokens, Layer.Sentences, Layer.Morphology, Layer.Entities, Layer.Times, Layer.Quotes];

    public IReadOnlyList<Layer> Writes { get; } = [Layer.Events, Layer.Claims];

    public static PolishEventExtractor Load(IWordAnalyzer dictionary) => new(EventPatterns.Load(), EventModality.Load(), DiscourseWords.Load(), dictionary);

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var pass = new EventPass(patterns, words, discourse, document, dictionary);
        for (int s = 0; s < document.Sentences.Length; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            pass.Extract(s);
        }

        pass.Finish();

        List<EventDraft> drafts = [.. pass.Drafts.OrderBy(d => d.FirstToken)];
        List<ClaimDraft> claims = ClaimLinker.Link(document, drafts);
        drafts.ForEach(d => pass.Discourse.FillDenial(d, drafts));
        document.SetEvents([.. drafts.Select(d => Freeze(document, d))]);
        document.SetClaims([.. claims.Select(c => new Claim(
            c.Event,
            new TextSpan(document.Tokens[c.First].Start, document.Tokens[c.End - 1].End),
            [.. c.Claimants],
            [.. c.DeniedBy],
            c.Denial))]);
    }

    private static Event Freeze(Document document, EventDraft d) => new(
        d.Pattern.Type,
        d.Pattern.Mode,
        d.Pattern.Cameo,
        [.. d.Source],
        [.. d.Target],
        d.Date,
        d.Time,
        d.Location,
        d.Status,
        [.. d.ClaimedBy],
        new TextSpan(document.Tokens[d.FirstToken].Start, document.Tokens[d.EndToken - 1].End),
        d.Pattern.Key,
        d.Sentence);
}
