using Kronika.Core.Text;

namespace Kronika.Polish.Quotes;

/// <summary>Who a quotation is attributed to: the entity (null when the words name nobody who is one), the mention and the cue.</summary>
internal readonly record struct Attribution(int? Entity, TextSpan? Mention, TextSpan? Cue, string? CueLemma)
{
    public Quote ToQuote(TextSpan words, bool direct) => new(words.Start, words.End, direct, Entity, Mention, Cue, CueLemma);

    /// <summary>The same speaker, attributed through another cue (a dropped subject: <c>Dodał, że …</c>).</summary>
    public Attribution Through(TextSpan? cue, string? lemma) => this with { Cue = cue ?? Cue, CueLemma = cue is null ? CueLemma : lemma };
}
