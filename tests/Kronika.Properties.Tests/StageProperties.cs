using FsCheck.Xunit;
using Kronika.Core;
using Kronika.Fuzz;
using Kronika.Properties.Tests.Generators;

namespace Kronika.Properties.Tests;

/// <summary>
/// Properties of every stage on generated text (<see cref="PolishTexts"/>): whatever the text, each layer's
/// spans lie inside it, are well formed and fall on character boundaries, ids resolve, the JSON has the
/// shape of docs/schema.md and round-trips, and the same text gives the same output twice
/// (<see cref="Stages.Check"/>). A failure names the broken rule and the shrunk text; FsCheck prints the
/// seed to replay it with <c>[Property(Replay = "…")]</c>.
/// </summary>
[Properties(Arbitrary = [typeof(PolishTexts)], MaxTest = 100)]
public sealed class StageProperties
{
    [Property]
    public void Tokenizer(PolishText text) => Stages.Check(Stages.Tokenizer, text.Text);

    [Property]
    public void Sentence_splitter(PolishText text) => Stages.Check(Stages.Sentences, text.Text);

    [Property]
    public void Tagger(PolishText text) => Stages.Check(Stages.Tagger, text.Text);

    [Property]
    public void Name_recogniser(PolishText text) => Stages.Check(Stages.Names, text.Text);

    [Property]
    public void Entity_resolver(PolishText text) => Stages.Check(Stages.Resolver, text.Text);

    [Property]
    public void Time_tagger(PolishText text) => Stages.Check(Stages.Time, text.Text);

    [Property]
    public void Quotation_finder(PolishText text) => Stages.Check(Stages.Quotes, text.Text);

    [Property]
    public void Events(PolishText text) => Stages.Check(Stages.EventsAndClaims, text.Text);

    /// <summary>Claims come with events (one stage); two texts in a row make the denials of a later paragraph answer earlier claims.</summary>
    [Property]
    public void Claims(PolishText claims, PolishText denials)
    {
        Document document = Stages.Check(Stages.EventsAndClaims, claims.Text + "\n\n" + denials.Text);
        foreach (Core.Text.Claim claim in document.Claims)
        {
            ContractInvariants.Require(claim.Text.Length > 0, $"claim of event {claim.Event} states no words");
        }
    }

    /// <summary>The whole extraction as <c>kronika extract</c> prints it: checked, and the same JSON on a second run.</summary>
    [Property]
    public void Full_extraction(PolishText text)
    {
        string json = FuzzTargets.ExtractChecked(text.Text);
        ContractInvariants.Require(json == FuzzTargets.ExtractChecked(text.Text), "the same text gave a different JSON on a second run");
    }

    /// <summary>The HTML ingest path on the page's UTF-8 bytes (charset, decoder, metadata, Readability, tokens), twice alike.</summary>
    [Property]
    public void Html_ingest(HtmlPage page)
    {
        FuzzTargets.Html(page.Bytes);
        FuzzTargets.Html(page.Bytes);
    }

    /// <summary>The same text as the bytes of a file goes through the decoder too: UTF-8 with a BOM, UTF-16 with a BOM.</summary>
    [Property]
    public void Encoded_input(PolishText text)
    {
        FuzzTargets.Tokenize([0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text.Text)]);
        FuzzTargets.Tokenize([0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes(text.Text)]);
    }

    [Fact]
    public void Every_stage_of_the_pipeline_has_a_property() =>
        Assert.Equal(
            [Stages.Tokenizer, Stages.Sentences, Stages.Tagger, Stages.Names, Stages.Resolver, Stages.Time, Stages.Quotes, Stages.EventsAndClaims],
            Stages.InOrder());
}
