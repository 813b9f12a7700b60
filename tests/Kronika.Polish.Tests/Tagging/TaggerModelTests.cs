using Kronika.Core.Text;
using Kronika.Polish.Tagging;

namespace Kronika.Polish.Tests.Tagging;

public class TaggerModelTests
{
    /// <summary>A tiny corpus where context alone decides the case of an ambiguous word.</summary>
    private static List<TrainingSentence> TinyCorpus(int copies)
    {
        var data = new List<TrainingSentence>();
        MorphAnalysis[] zamek = [new("zamek", "subst:sg:nom:m3"), new("zamek", "subst:sg:acc:m3")];
        for (int i = 0; i < copies; i++)
        {
            // "widzę zamek": accusative after the verb; "zamek stoi": nominative before it.
            data.Add(new TrainingSentence(
                new TaggingSentence(["widzę", "zamek"], [[new("widzieć", "fin:sg:pri:imperf")], zamek]), [0, 1]));
            data.Add(new TrainingSentence(
                new TaggingSentence(["zamek", "stoi"], [zamek, [new("stać", "fin:sg:ter:imperf")]]), [0, 0]));
        }

        return data;
    }

    [Fact]
    public void Learns_context_and_survives_a_save_and_load()
    {
        var trainer = new PerceptronTaggerTrainer(NkjpTagset.Default);
        PerceptronTagger model = trainer.Train(TinyCorpus(20), epochs: 5, seed: 1);
        string path = Path.Combine(Path.GetTempPath(), $"kronika-tagger-{Guid.NewGuid():N}.bin.gz");
        try
        {
            model.Save(path);
            PerceptronTagger loaded = PerceptronTagger.Load(path, NkjpTagset.Default);
            foreach (PerceptronTagger tagger in new[] { model, loaded })
            {
                TrainingSentence accusative = TinyCorpus(1)[0];
                tagger.Tag(accusative.Sentence);
                Assert.Equal("subst:sg:acc:m3", accusative.Sentence.ChosenAnalysis(1).Tag);
                TrainingSentence nominative = TinyCorpus(1)[1];
                tagger.Tag(nominative.Sentence);
                Assert.Equal("subst:sg:nom:m3", nominative.Sentence.ChosenAnalysis(0).Tag);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_rejected_clearly()
    {
        string path = Path.Combine(Path.GetTempPath(), $"kronika-not-a-model-{Guid.NewGuid():N}.gz");
        File.WriteAllBytes(path, [1, 2, 3, 4, 5]);
        try
        {
            Assert.Throws<InvalidDataException>(() => PerceptronTagger.Load(path, NkjpTagset.Default));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
