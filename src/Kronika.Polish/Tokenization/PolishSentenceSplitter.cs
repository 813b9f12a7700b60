using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Pipeline;
using Kronika.Core.Text;

namespace Kronika.Polish.Tokenization;

/// <summary>
/// Groups tokens into sentences and paragraphs. Plain-text news puts one paragraph on each line, so a
/// line break ends the paragraph and the sentence, and blank lines are just empty lines; this also
/// makes the headline (the first line, usually without final punctuation) a sentence of its own.
/// The one exception is a soft wrap in hard-wrapped text: a single line break after a line that does
/// not end in . ! ? … and before a lower-case letter continues the paragraph. Within a paragraph,
/// <see cref="SentenceBoundaryRules"/> finds the sentence ends.
/// </summary>
public sealed class PolishSentenceSplitter : IPipelineComponent
{
    private readonly AbbreviationList _abbreviations;

    /// <summary>Uses the abbreviation list from the data folder.</summary>
    public PolishSentenceSplitter()
        : this(AbbreviationList.Default)
    {
    }

    public PolishSentenceSplitter(AbbreviationList abbreviations)
    {
        ArgumentNullException.ThrowIfNull(abbreviations);
        _abbreviations = abbreviations;
    }

    public string Name => nameof(PolishSentenceSplitter);

    public IReadOnlyList<Layer> Reads { get; } = [Layer.Tokens];

    public IReadOnlyList<Layer> Writes { get; } = [Layer.Sentences, Layer.Paragraphs];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        (ImmutableArray<Sentence> sentences, ImmutableArray<Paragraph> paragraphs) = Split(document.Text, document.Tokens, cancellationToken);
        document.SetSentences(sentences, paragraphs);
    }

    /// <summary>Sentences and paragraphs over <paramref name="tokens"/>, which must come from <paramref name="text"/>.</summary>
    public (ImmutableArray<Sentence> Sentences, ImmutableArray<Paragraph> Paragraphs) Split(
        string text, ImmutableArray<Token> tokens, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rules = new SentenceBoundaryRules(text, tokens, _abbreviations);
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();

        int sentenceStart = 0;
        int paragraphStart = 0;
        int paragraphFirstSentence = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            bool lineEnds = i + 1 == tokens.Length || rules.ParagraphBreakAfter(i);
            if (!lineEnds)
            {
                int sentenceEnd = rules.SentenceEndAt(i);
                if (sentenceEnd < 0)
                {
                    continue;
                }

                // Closers glued to the final mark are in the sentence; the line may end right after them.
                i = sentenceEnd;
                lineEnds = i + 1 == tokens.Length || rules.ParagraphBreakAfter(i);
                if (!lineEnds)
                {
                    AddSentence(sentenceStart, i);
                    sentenceStart = i + 1;
                    continue;
                }
            }

            AddSentence(sentenceStart, i);
            sentenceStart = i + 1;
            paragraphs.Add(new Paragraph(tokens[paragraphStart].Start, tokens[i].End, paragraphFirstSentence, sentences.Count - paragraphFirstSentence));
            paragraphStart = i + 1;
            paragraphFirstSentence = sentences.Count;
        }

        return (sentences.DrainToImmutable(), paragraphs.DrainToImmutable());

        void AddSentence(int first, int last) =>
            sentences.Add(new Sentence(tokens[first].Start, tokens[last].End, first, last - first + 1, paragraphs.Count));
    }
}
