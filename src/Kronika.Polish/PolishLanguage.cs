using System.Diagnostics;
using Kronika.Core.Pipeline;
using Kronika.Polish.Actors;
using Kronika.Polish.Events;
using Kronika.Polish.Knowledge;
using Kronika.Polish.Morphology;
using Kronika.Polish.Names;
using Kronika.Polish.Quotes;
using Kronika.Polish.Tagging;
using Kronika.Polish.Time;
using Kronika.Polish.Tokenization;

namespace Kronika.Polish;

/// <summary>
/// Everything Polish, as one unit: the dictionary, the guesser and the tagger model, loaded once, and the
/// components they make, added to a pipeline in their fixed order (tokenizer → sentence splitter → tagger →
/// name recogniser → entity resolver → time tagger → quotation finder → event extractor).
/// Thread-safe once loaded; one instance serves any number of documents.
/// </summary>
public sealed class PolishLanguage
{
    public const string Code = "pl";
    public const string TrainTaggerCommand = "kronika train tagger --ccl ../shared/data/kpwr-timex/dap";
    public const string TrainGuesserCommand = "kronika train guesser";
    public const string TrainNameLemmasCommand = "kronika train nelemma";
    public const string TrainNamesCommand = "kronika train ner --nkjp ../shared/data/nkjp-ner/nkjp-nested-simplified-v2.iob --slavicner ../shared/data/slavicner-pl";

    /// <param name="entityModelsLoaded">Waits for the name models, which may still be loading on another thread: called
    /// last, once the other components are built.</param>
    /// <param name="guesserLoaded">Waits for the guesser, which may still be loading on another thread: called once
    /// the data files are read.</param>
    private PolishLanguage(PolishMorphology morphology, Func<SuffixGuesser?> guesserLoaded, PerceptronTagger? taggerModel, Func<(EntityModels? Models, TimeSpan Time)> entityModelsLoaded, Func<TimeSpan, LoadTimes> times)
    {
        Morphology = morphology;
        SupplementaryReadings supplement = SupplementaryReadings.Load();
        TimeTagger = taggerModel is null ? null : new PolishTimeTagger(TimeLexicon.Load());
        QuoteFinder = taggerModel is null ? null : new PolishQuoteFinder(QuoteCues.Load());
        EventExtractor = taggerModel is null ? null : PolishEventExtractor.Load(morphology);
        Guesser = guesserLoaded();
        Candidates = new CandidateProvider(morphology, Guesser, supplement);
        Tagger = taggerModel is null ? null : new PolishTagger(Candidates, taggerModel);
        (EntityModels? entityModels, TimeSpan namesTime) = entityModelsLoaded();
        Times = times(namesTime);
        if (entityModels is not null)
        {
            // The lemmatiser analyses names given alone with this language's own analysis pipeline.
            NameRecognizer = new PolishNameRecognizer(entityModels.Names);
            NameLemmatizer = new NameLemmatizer(this, entityModels.NameRules);
            Knowledge = entityModels.Knowledge;
            EntityResolver = new PolishEntityResolver(Knowledge, PlacePrepositions.Load(), PlaceStates.Load(), CoreferenceWords.Load(), NameLemmatizer.Lemmatize, morphology);
        }
    }

    /// <summary>The quotation component; null only when loaded <see cref="ForTraining"/>.</summary>
    public PolishQuoteFinder? QuoteFinder { get; }
    /// <summary>The event and claim component; null only when loaded <see cref="ForTraining"/>.</summary>
    public PolishEventExtractor? EventExtractor { get; }

    /// <summary>The time-expression component; null only when loaded <see cref="ForTraining"/>.</summary>
    public PolishTimeTagger? TimeTagger { get; }

    /// <summary>The name recogniser; null when loaded <see cref="ForTraining"/> or without the name model.</summary>
    public PolishNameRecognizer? NameRecognizer { get; }

    /// <summary>Base forms of names; null when loaded without the name model.</summary>
    public NameLemmatizer? NameLemmatizer { get; }

    /// <summary>Who the actors are; null when loaded without the name model.</summary>
    public KnowledgeBase? Knowledge { get; }

    /// <summary>The entity stage: identity, role and actor code of every mention; null when loaded without the name model.</summary>
    public PolishEntityResolver? EntityResolver { get; }

    public PolishMorphology Morphology { get; }

    public SuffixGuesser? Guesser { get; }

    public CandidateProvider Candidates { get; }

    /// <summary>The tagging component; null only when loaded <see cref="ForTraining"/>.</summary>
    public PolishTagger? Tagger { get; }

    /// <summary>How long each resource took to load, for <c>kronika bench</c>.</summary>
    public LoadTimes Times { get; }

    /// <summary>Loads the dictionary and the trained models (the name model only if <paramref name="withNames"/>: training it needs the rest).</summary>
    public static PolishLanguage Load(bool withNames = true)
    {
        // The loads run side by side, each on a thread of its own, so that on two cores a cold start waits for
        // about half their sum and no one load is much longer than the rest: the guesser; the knowledge base
        // with the name lists made from it; the name model's weights, which then take the lists and the
        // dictionary; and here the dictionary, the tagger model and the data files.
        var clock = Stopwatch.StartNew();
        Task<(SuffixGuesser Guesser, TimeSpan Time)> guesser = OnOwnThread(() =>
            LoadModel(PolishModelFiles.Guesser, TrainGuesserCommand, SuffixGuesser.Load));
        var dictionaryLoaded = new TaskCompletionSource<PolishMorphology>(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<(EntityModels? Models, TimeSpan Time)> entities = withNames
            ? LoadEntityModels(dictionaryLoaded.Task)
            : Task.FromResult<(EntityModels?, TimeSpan)>((null, TimeSpan.Zero));
        PolishMorphology morphology;
        try
        {
            morphology = PolishMorphology.Load();
        }
        catch (Exception e)
        {
            dictionaryLoaded.SetException(e);
            throw;
        }

        dictionaryLoaded.SetResult(morphology);
        TimeSpan dictionary = clock.Elapsed;
        var own = Stopwatch.StartNew();
        PerceptronTagger tagger = LoadModel(PolishModelFiles.Tagger, TrainTaggerCommand, path => PerceptronTagger.Load(path, NkjpTagset.Default));
        TimeSpan taggerTime = own.Elapsed;
        return new PolishLanguage(morphology, () => guesser.GetAwaiter().GetResult().Guesser, tagger, () => entities.GetAwaiter().GetResult(),
            namesTime => new LoadTimes(dictionary, guesser.Result.Time, taggerTime, namesTime));
    }

    /// <summary>
    /// The knowledge base, the name model and the name rules, and how long they took until all were ready: the
    /// knowledge base with the name lists on one thread, the name model's weights on another.
    /// </summary>
    private static Task<(EntityModels? Models, TimeSpan Time)> LoadEntityModels(Task<PolishMorphology> dictionary)
    {
        var clock = Stopwatch.StartNew();
        Task<((KnowledgeBase Knowledge, NameLexicons Lexicons, NameSuffixRules Rules) Value, TimeSpan Time)> lists = OnOwnThread(() =>
        {
            KnowledgeBase knowledge = KnowledgeBase.Load();
            return (knowledge, NameLexicons.Load(knowledge), LoadNameRules());
        });
        return OnOwnThread<EntityModels?>(() =>
        {
            NameModel names = LoadModel(PolishModelFiles.Names, TrainNamesCommand, path =>
                NameModel.Load(path, () => (lists.GetAwaiter().GetResult().Value.Lexicons, dictionary.GetAwaiter().GetResult())));
            (KnowledgeBase knowledge, _, NameSuffixRules rules) = lists.Result.Value;
            return new EntityModels(names, rules, knowledge);
        }).ContinueWith(t => (t.GetAwaiter().GetResult().Value, clock.Elapsed), TaskScheduler.Default);
    }

    /// <summary>Runs a load on a thread of its own (not the thread pool's, which starts with one thread per core), timed.</summary>
    private static Task<(T Value, TimeSpan Time)> OnOwnThread<T>(Func<T> load) =>
        Task.Factory.StartNew(() =>
        {
            var clock = Stopwatch.StartNew();
            return (load(), clock.Elapsed);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>Loads what training the tagger needs: the dictionary and, if it has been trained, the guesser.</summary>
    public static PolishLanguage ForTraining(bool withGuesser)
    {
        var clock = Stopwatch.StartNew();
        PolishMorphology morphology = PolishMorphology.Load();
        TimeSpan dictionary = clock.Elapsed;
        SuffixGuesser? guesser = withGuesser ? LoadModel(PolishModelFiles.Guesser, TrainGuesserCommand, SuffixGuesser.Load) : null;
        TimeSpan guesserTime = clock.Elapsed - dictionary;
        return new PolishLanguage(morphology, () => guesser, null, () => (null, TimeSpan.Zero), _ => new LoadTimes(dictionary, guesserTime, TimeSpan.Zero, TimeSpan.Zero));
    }

    /// <summary>Adds the analysis components, in order: tokenizer, sentence splitter, tagger.</summary>
    public PipelineBuilder AddAnalysisTo(PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Add(new PolishTokenizer()).Add(new PolishSentenceSplitter());
        return builder.Add(Tagger ?? throw new InvalidOperationException("This PolishLanguage was loaded for training and has no tagger."));
    }

    /// <summary>
    /// Adds every Polish component, in order: the analysis, then the extraction stages (names, entities,
    /// time expressions, quotations, which name their speakers by entity, events and claims).
    /// </summary>
    public PipelineBuilder AddTo(PipelineBuilder builder) =>
        AddEventsTo(AddAnalysisTo(builder)
            .Add(NameRecognizer ?? throw new InvalidOperationException("This PolishLanguage was loaded without the name model."))
            .Add(EntityResolver!)
            .Add(TimeTagger ?? throw new InvalidOperationException("This PolishLanguage was loaded for training and has no time tagger."))
            .Add(QuoteFinder!));

    /// <summary>Adds the event and claim stage; it needs the entities, time expressions and quotations before it.</summary>
    public PipelineBuilder AddEventsTo(PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(EventExtractor ?? throw new InvalidOperationException("This PolishLanguage was loaded for training and has no event extractor."));
    }

    /// <summary>The analysis pipeline: tokens, sentences, lemmas and tags.</summary>
    public Pipeline CreateAnalysisPipeline() => AddAnalysisTo(new PipelineBuilder()).Build();

    /// <summary>The extraction pipeline: the analysis and every extraction stage built so far.</summary>
    public Pipeline CreateExtractionPipeline() => AddTo(new PipelineBuilder()).Build();

    /// <summary>Loads the learnt name-ending rules (<c>models/name-lemmas.bin.gz</c>).</summary>
    public static NameSuffixRules LoadNameRules() =>
        LoadModel(PolishModelFiles.NameLemmas, TrainNameLemmasCommand, NameSuffixRules.Load);

    private static T LoadModel<T>(string name, string trainCommand, Func<string, T> load)
    {
        string path = PolishModelFiles.Require(name, trainCommand);
        try
        {
            return load(path);
        }
        catch (InvalidDataException e)
        {
            throw new ModelNotFoundException($"the model {path} is unreadable ({e.Message}); rebuild it with `{trainCommand}`");
        }
    }
}

/// <summary>What the entity stage loads: the name model, the name-ending rules and the knowledge base.</summary>
internal sealed record EntityModels(NameModel Names, NameSuffixRules NameRules, KnowledgeBase Knowledge);

/// <summary>
/// Load times of the Polish resources (<see cref="LoadTimes.Names"/>: the name model, name rules and knowledge
/// base); the names, the guesser and the dictionary with the tagger model load at the same time, each on its own thread.
/// </summary>
public sealed record LoadTimes(TimeSpan Dictionary, TimeSpan Guesser, TimeSpan Tagger, TimeSpan Names);
