using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Pipeline;
using Kronika.Core.Text;

namespace Kronika.Polish.Quotes;

/// <summary>
/// Finds quotations and their speakers. Direct quotations are the words between quotation marks and the
/// speech of dialogue paragraphs; indirect ones the clauses that cue words introduce (<c>powiedział, że …</c>,
/// <c>według X …</c>). The speaker is the subject of the cue verb next to the quotation or of its sentence,
/// the genitive after <c>według</c>/<c>zdaniem</c>, the name before a colon, or, for a dropped subject, the
/// speaker of the sentence before; when none of these names an entity, the speaker stays null.
/// One pass over the paragraphs in text order; each sentence is read a bounded number of times.
/// </summary>
public sealed class PolishQuoteFinder(QuoteCues cues) : IPipelineComponent
{
    public string Name => "polish-quote-finder";

    public IReadOnlyList<Layer> Reads { get; } = [Layer.Tokens, Layer.Sentences, Layer.Paragraphs, Layer.Morphology, Layer.Entities];

    public IReadOnlyList<Layer> Writes { get; } = [Layer.Quotes];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var pass = new QuotePass(cues, new QuoteTokens(document));
        foreach (Paragraph paragraph in document.Paragraphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            pass.Read(paragraph);
        }

        document.SetQuotes([.. pass.Quotes.OrderBy(q => q.Start).ThenByDescending(q => q.End)]);
    }
}
