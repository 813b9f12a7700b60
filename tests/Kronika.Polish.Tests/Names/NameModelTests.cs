using Kronika.Core.Text;
using Kronika.Polish.Names;

namespace Kronika.Polish.Tests.Names;

public class NameModelTests
{
    private static readonly NameLexicons Lexicons = new(
        new NameGazetteer([("city", "Pjongjang"), ("forename", "Anna")]),
        new NameCueWords(["polski"], ["Polak"], ["urząd"], ["minister spraw zagranicznych"]));

    /// <summary>A stand-in dictionary: knows nothing, so every capitalised word is "unknown".</summary>
    private sealed class EmptyDictionary : Kronika.Polish.Morphology.IWordAnalyzer
    {
        public IReadOnlyList<MorphAnalysis> Analyze(string word) => [];
    }

    private static NameTrainingSentence Sentence(string text, params (int First, int End, EntityType Type)[] names)
    {
        string[] forms = text.Split(' ');
        MorphAnalysis[] analyses = [.. forms.Select(f => new MorphAnalysis(f.ToLowerInvariant(), "subst:sg:nom:f"))];
        return new NameTrainingSentence(new NameSentence(forms, analyses), NameLabels.Encode(forms.Length, names));
    }

    private static List<NameTrainingSentence> TinyCorpus() =>
    [
        Sentence("Anna Nowak jedzie do Pjongjangu", (0, 2, EntityType.Person), (4, 5, EntityType.Location)),
        Sentence("Pani Kowalska mieszka w Krakowie", (1, 2, EntityType.Person), (4, 5, EntityType.Location)),
        Sentence("Jan Kowalski pracuje w Orlenie", (0, 2, EntityType.Person), (4, 5, EntityType.Organization)),
        Sentence("Wczoraj padał deszcz"),
        Sentence("Ewa Zielińska odwiedziła Pjongjang", (0, 2, EntityType.Person), (3, 4, EntityType.Location)),
    ];

    [Fact]
    public void Learns_a_tiny_corpus_and_survives_a_save_and_load()
    {
        var trainer = new NameModelTrainer(Lexicons, new EmptyDictionary());
        NameModel model = trainer.Train([.. Enumerable.Repeat(TinyCorpus(), 10).SelectMany(c => c)], epochs: 5, seed: 1, minCount: 1);
        string path = Path.Combine(Path.GetTempPath(), $"kronika-ner-{Guid.NewGuid():N}.bin.gz");
        try
        {
            model.Save(path);
            NameModel loaded = NameModel.Load(path, Lexicons, new EmptyDictionary());
            foreach (NameTrainingSentence example in TinyCorpus())
            {
                Assert.Equal(example.Gold, model.Label(example.Sentence));
                Assert.Equal(example.Gold, loaded.Label(example.Sentence));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Learns_where_the_corpora_s_rules_differ_for_each_convention()
    {
        // NKJP marks a demonym as a place, SlavicNER as people: one model learns both, told which to follow.
        NameTrainingSentence Demonyms(NameConvention convention, EntityType type)
        {
            NameTrainingSentence sentence = Sentence("Wczoraj Polacy wygrali mecz", (1, 2, type));
            return sentence with { Sentence = new NameSentence(sentence.Sentence.Forms, sentence.Sentence.Analyses) { Convention = convention } };
        }

        List<NameTrainingSentence> corpus = [.. TinyCorpus(), Demonyms(NameConvention.Nkjp, EntityType.Location), Demonyms(NameConvention.News, EntityType.Person)];
        NameModel model = new NameModelTrainer(Lexicons, new EmptyDictionary()).Train([.. Enumerable.Repeat(corpus, 10).SelectMany(c => c)], epochs: 5, seed: 1, minCount: 1);

        foreach ((NameConvention convention, EntityType type) in new[] { (NameConvention.Nkjp, EntityType.Location), (NameConvention.News, EntityType.Person) })
        {
            Assert.Equal(Demonyms(convention, type).Gold, model.Label(Demonyms(convention, type).Sentence));
        }
    }

    [Fact]
    public void Remembers_what_an_earlier_sentence_of_the_document_said_of_the_same_word()
    {
        // The second sentence is the same in both kinds of document; only the first tells a person from a
        // place. The words are new to the model, so nothing but the document memory can tell them apart.
        string[] starts = ["Bor", "Kal", "Mer", "Sun", "Tav", "Wol", "Dra", "Gor"];
        string[] ends = ["ek", "owa", "ian", "usz", "ach"];
        var corpus = new List<NameTrainingSentence>();
        for (int i = 0; i < starts.Length * ends.Length; i++)
        {
            string word = starts[i % starts.Length] + ends[i / starts.Length];
            corpus.AddRange(Document(i, word, person: i % 2 == 0));
        }

        NameModel model = new NameModelTrainer(Lexicons, new EmptyDictionary()).Train(corpus, epochs: 8, seed: 1, minCount: 1);

        foreach (bool person in new[] { true, false })
        {
            NameTrainingSentence[] document = Document(-1, "Zymbor", person);
            var memory = new NameDocumentMemory();
            foreach (NameTrainingSentence sentence in document)
            {
                Assert.Equal(sentence.Gold, model.Label(sentence.Sentence, memory));
            }
        }

        static NameTrainingSentence[] Document(int id, string word, bool person)
        {
            EntityType type = person ? EntityType.Person : EntityType.Location;
            return
            [
                Sentence(person ? $"Pani {word} mieszka tutaj" : $"Miasto {word} leży tutaj", (1, 2, type)) with { Document = id },
                Sentence($"Wczoraj {word} zniknął", (1, 2, type)) with { Document = id },
            ];
        }
    }

    [Fact]
    public void The_document_memory_keeps_the_latest_name_type_over_a_capitalised_word_outside_names()
    {
        var memory = new NameDocumentMemory();
        ulong[] forms = [11, 12, 13, 14], lemmas = [21, 22, 23, 24];
        byte[] classes = [5, 1, 0, 1];
        bool[] unscored = [false, false, false, true];
        int person = NameLabels.Begin(EntityType.Person), place = NameLabels.Begin(EntityType.Location);

        memory.Remember(forms, lemmas, classes, unscored, [NameLabels.Outside, person, NameLabels.Outside, person]);
        memory.Remember([11, 12], [21, 22], [1, 1], [false, false], [place, NameLabels.Outside]);

        Assert.Equal((NameDocumentMemory.ValueOf(place), NameDocumentMemory.ValueOf(place)), memory.Recall(11, 21));
        Assert.Equal((NameDocumentMemory.ValueOf(person), NameDocumentMemory.ValueOf(person)), memory.Recall(12, 22));
        Assert.Equal((NameDocumentMemory.Unseen, NameDocumentMemory.Unseen), memory.Recall(13, 23));
        Assert.Equal((NameDocumentMemory.Unseen, NameDocumentMemory.Unseen), memory.Recall(14, 24));
        memory.Remember([13], [99], [1], [false], [NameLabels.Outside]);
        Assert.Equal((NameDocumentMemory.Outside, NameDocumentMemory.Unseen), memory.Recall(13, 23));

        memory.Clear();
        Assert.Equal((NameDocumentMemory.Unseen, NameDocumentMemory.Unseen), memory.Recall(11, 21));
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_rejected_clearly()
    {
        string path = Path.Combine(Path.GetTempPath(), $"kronika-not-a-model-{Guid.NewGuid():N}.gz");
        File.WriteAllBytes(path, [1, 2, 3, 4, 5]);
        try
        {
            Assert.Throws<InvalidDataException>(() => NameModel.Load(path, Lexicons, new EmptyDictionary()));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Capitalised_runs_know_their_ends_and_a_head_noun_inside()
    {
        string[] forms = ["Wczoraj", "Narodowy", "Bank", "Polski", "podał", "to", "Orlenowi"];
        byte[] classes = [.. forms.Select((f, i) => NameFeatures.ClassOf(f, i == 0))];
        var cues = new byte[forms.Length];
        cues[2] = NameCueWords.OrganizationHead;
        var first = new int[forms.Length];
        var last = new int[forms.Length];
        var heads = new bool[forms.Length];

        NameFeatures.FindRuns(classes, cues, first, last, heads);

        // The sentence's capitalised first word opens the run that the next capitalised words continue.
        Assert.Equal([0, 0, 0, 0, -1, -1, 6], first);
        Assert.Equal([3, 3, 3, 3, -1, -1, 6], last);
        Assert.Equal([true, true, true, true, false, false, false], heads);
    }

    [Fact]
    public void Quoted_phrases_are_marked_only_when_they_open_with_a_capital_and_close_soon()
    {
        string[] forms = ["spółka", "„", "Nowy", "Świat", "”", "i", "„", "nie", "wiem", "”", "oraz", "\"", "Wprost"];
        byte[] classes = [.. forms.Select((f, i) => NameFeatures.ClassOf(f, i == 0))];
        ulong[] lemmas = [.. forms.Select((_, i) => (ulong)(100 + i))];
        var quoted = new byte[forms.Length];
        var before = new ulong[forms.Length];

        NameFeatures.FindQuoted(forms, classes, lemmas, quoted, before);

        // „Nowy Świat” (two words) after "spółka"; „nie wiem” opens in lower case; the last mark never closes.
        byte Code(int place) => (byte)(place * 8 + 2);
        Assert.Equal([0, Code(NameFeatures.QuoteCode.Opening), Code(NameFeatures.QuoteCode.Inside), Code(NameFeatures.QuoteCode.Inside), Code(NameFeatures.QuoteCode.Closing), 0, 0, 0, 0, 0, 0, 0, 0], quoted);
        Assert.Equal([0UL, 100, 100, 100, 100, 0, 0, 0, 0, 0, 0, 0, 0], before);
    }

    [Fact]
    public void Labels_encode_and_decode_names()
    {
        int[] labels = NameLabels.Encode(5, [(0, 2, EntityType.Person), (1, 3, EntityType.Location), (3, 4, EntityType.Event)]);

        Assert.Equal([NameLabels.Begin(EntityType.Person), NameLabels.Inside(EntityType.Person), 0, NameLabels.Begin(EntityType.Event), 0], labels);
        Assert.Equal([(0, 2, EntityType.Person), (3, 4, EntityType.Event)], NameLabels.Decode(labels));
        Assert.False(NameLabels.CanFollow(NameLabels.Begin(EntityType.Person), NameLabels.Inside(EntityType.Location)));
    }

    [Fact]
    public void The_gazetteer_matches_inflected_phrases_by_stem()
    {
        var gazetteer = new NameGazetteer([("country", "Korea Północna")]);
        string[] forms = ["w", "Korei", "Północnej"];
        var marks = new byte[12];

        gazetteer.Match(forms, ["w", "Korea", "północny"], marks.AsSpan(0, 3), marks.AsSpan(3, 3), marks.AsSpan(6, 3), marks.AsSpan(9, 3));

        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1], marks);
    }

    [Fact]
    public void Cue_words_mark_adjectives_heads_and_the_end_of_a_role_phrase()
    {
        var cues = new NameCueWords(["polski"], ["Polak"], ["urząd"], ["minister spraw zagranicznych", "minister"]);
        string[] forms = ["polski", "minister", "spraw", "zagranicznych", "Urzędu"];
        string[] lemmas = ["polski", "minister", "sprawa", "zagraniczny", "urząd"];
        var marks = new byte[forms.Length];

        cues.Mark(forms, lemmas, marks);

        Assert.Equal([NameCueWords.CountryAdjective, NameCueWords.RoleEnd, 0, NameCueWords.RoleEnd, NameCueWords.OrganizationHead], marks);
    }
}
