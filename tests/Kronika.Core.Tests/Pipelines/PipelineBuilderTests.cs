using System.Collections.Immutable;
using Kronika.Core.Pipeline;

namespace Kronika.Core.Tests.Pipelines;

using Pipeline = Kronika.Core.Pipeline.Pipeline;

public sealed class PipelineBuilderTests
{
    private static FakeComponent Tokenizer(List<string>? log = null) => new("tokenizer", [], [Layer.Tokens], log);

    private static FakeComponent Splitter(List<string>? log = null) => new("splitter", [Layer.Tokens], [Layer.Sentences, Layer.Paragraphs], log);

    private static FakeComponent Tagger(List<string>? log = null) => new("tagger", [Layer.Tokens, Layer.Sentences], [Layer.Morphology], log);

    [Fact]
    public void Reading_a_layer_nobody_writes_earlier_fails_with_a_clear_message()
    {
        var builder = new PipelineBuilder().Add(Splitter()).Add(Tokenizer());

        var e = Assert.Throws<InvalidOperationException>(() => builder.Build());

        Assert.Contains("'splitter'", e.Message);
        Assert.Contains("Tokens", e.Message);
        Assert.Contains("no earlier component writes it", e.Message);
    }

    [Fact]
    public void Reading_a_layer_nobody_writes_at_all_fails()
    {
        var builder = new PipelineBuilder().Add(new FakeComponent("quotes", [Layer.Entities], [Layer.Quotes]));

        var e = Assert.Throws<InvalidOperationException>(() => builder.Build());

        Assert.Contains("Entities", e.Message);
    }

    [Fact]
    public void Two_writers_of_a_layer_fail()
    {
        var builder = new PipelineBuilder().Add(Tokenizer()).Add(new FakeComponent("other-tokenizer", [], [Layer.Tokens]));

        var e = Assert.Throws<InvalidOperationException>(() => builder.Build());

        Assert.Contains("'other-tokenizer'", e.Message);
        Assert.Contains("Tokens", e.Message);
        Assert.Contains("already writes", e.Message);
    }

    [Fact]
    public void Order_of_addition_is_preserved()
    {
        Pipeline pipeline = new PipelineBuilder().Add(Tokenizer()).Add(Splitter()).Add(Tagger()).Build();

        Assert.Equal(["tokenizer", "splitter", "tagger"], pipeline.Components.Select(c => c.Name));
    }

    [Fact]
    public void InsertAfter_places_a_component_after_the_named_one()
    {
        Pipeline pipeline = new PipelineBuilder()
            .Add(Tokenizer())
            .Add(new FakeComponent("tagger", [Layer.Tokens], [Layer.Morphology]))
            .InsertAfter("tokenizer", new FakeComponent("normaliser", [Layer.Tokens], []))
            .Build();

        Assert.Equal(["tokenizer", "normaliser", "tagger"], pipeline.Components.Select(c => c.Name));
    }

    [Fact]
    public void InsertAfter_an_unknown_name_fails()
    {
        var builder = new PipelineBuilder().Add(Tokenizer());

        var e = Assert.Throws<InvalidOperationException>(() => builder.InsertAfter("nie-ma", Splitter()));
        Assert.Contains("nie-ma", e.Message);
    }

    [Fact]
    public void Adding_null_fails()
    {
        Assert.Throws<ArgumentNullException>(() => new PipelineBuilder().Add(null!));
    }

    [Fact]
    public void The_built_pipeline_is_immutable()
    {
        Assert.Equal(typeof(ImmutableArray<IPipelineComponent>), typeof(Pipeline).GetProperty(nameof(Pipeline.Components))!.PropertyType);

        var builder = new PipelineBuilder().Add(Tokenizer());
        Pipeline pipeline = builder.Build();
        builder.Add(Splitter());

        Assert.Single(pipeline.Components);
        Assert.Equal(2, builder.Build().Components.Length);
    }

    [Fact]
    public void Process_runs_the_components_in_order_and_returns_the_document()
    {
        var log = new List<string>();
        Pipeline pipeline = new PipelineBuilder().Add(Tokenizer(log)).Add(Splitter(log)).Add(Tagger(log)).Build();
        Document document = Document.Create("Pada deszcz.");

        Document result = pipeline.Process(document);

        Assert.Same(document, result);
        Assert.Equal(["tokenizer", "splitter", "tagger"], log);
    }

    [Fact]
    public void An_already_cancelled_token_stops_before_the_first_component()
    {
        var log = new List<string>();
        Pipeline pipeline = new PipelineBuilder().Add(Tokenizer(log)).Add(Splitter(log)).Build();

        Assert.Throws<OperationCanceledException>(() => pipeline.Process(Document.Create("Pada."), new CancellationToken(canceled: true)));
        Assert.Empty(log);
    }

    [Fact]
    public void Cancellation_during_a_component_stops_before_the_next_one()
    {
        var log = new List<string>();
        using var cts = new CancellationTokenSource();
        Pipeline pipeline = new PipelineBuilder()
            .Add(new FakeComponent("tokenizer", [], [Layer.Tokens], log, cts.Cancel))
            .Add(Splitter(log))
            .Add(Tagger(log))
            .Build();

        Assert.Throws<OperationCanceledException>(() => pipeline.Process(Document.Create("Pada."), cts.Token));
        Assert.Equal(["tokenizer"], log);
    }
}
