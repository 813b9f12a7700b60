using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Pipeline;
using Kronika.Core.Text;

namespace Kronika.Polish.Tokenization;

/// <summary>
/// Splits Polish news text into tokens: words (with hyphenated compounds), abbreviations with their
/// period, initials, numbers, dates, times, quotes, dashes, punctuation, symbols and web tokens.
/// Stateless and thread-safe.
/// </summary>
public sealed class PolishTokenizer : IPipelineComponent
{
    private readonly AbbreviationList _abbreviations;
    private readonly TopLevelDomains _domains;

    /// <summary>Uses the abbreviation and domain lists from the data folder.</summary>
    public PolishTokenizer()
        : this(AbbreviationList.Default, TopLevelDomains.Default)
    {
    }

    public PolishTokenizer(AbbreviationList abbreviations, TopLevelDomains domains)
    {
        ArgumentNullException.ThrowIfNull(abbreviations);
        ArgumentNullException.ThrowIfNull(domains);
        _abbreviations = abbreviations;
        _domains = domains;
    }

    public string Name => nameof(PolishTokenizer);

    public IReadOnlyList<Layer> Reads { get; } = [];

    public IReadOnlyList<Layer> Writes { get; } = [Layer.Tokens];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.SetTokens(Tokenize(document.Text, cancellationToken));
    }

    /// <summary>Tokens of <paramref name="text"/>, in order, non-overlapping, never empty.</summary>
    public ImmutableArray<Token> Tokenize(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TokenScanner.Scan(text, _abbreviations, _domains, cancellationToken);
    }
}
