using Kronika.Core;
using Kronika.Core.Text;
using Kronika.Polish.Tagging;

namespace Kronika.Polish.Tests.Tagging;

public class TaggerScoringTests
{
    private static readonly Lazy<PerceptronTagger> Model = new(() =>
        PerceptronTagger.Load(PolishModelFiles.PathOf(PolishModelFiles.Tagger), NkjpTagset.Default));

    [Theory]
    [InlineData("Oba rządy konsekwentnie zaprzeczają tym doniesieniom, a minister spraw zagranicznych nie chciał ich komentować.")]
    [InlineData("W piątek w Rzeszowie prezydenci Polski i Litwy podpisali umowę o wspólnej obronie powietrznej.")]
    [InlineData("Nie wiem, czy to prawda – powiedział rzecznik rządu, pytany o zamknięcie granicy z Białorusią.")]
    public void The_shipped_model_chooses_what_adding_every_feature_in_order_scores_highest(string text)
    {
        // The tagger starts each word's scores from the sums of its form-only features kept with the word
        // (and adds the frequent rows a vector at a time): its choices must be those of the plain sums.
        PerceptronTagger model = Model.Value;
        Document document = LoadedPolish.Language.CreateAnalysisPipeline().Process(Document.Create(text));
        string[] forms = [.. document.Tokens.Select(document.TextOf)];
        MorphAnalysis[][] candidates = [.. document.Tokens.Select(t => LoadedPolish.Language.Candidates.For(document.TextOf(t), t.Kind))];
        WordFeatures[] words = [.. forms.Select((form, i) => model.FeaturesOf(new CandidateEntry(form, candidates[i])))];
        var chosen = new int[forms.Length];
        model.Tag(candidates, words, chosen);
        var again = new int[forms.Length];
        model.Tag(candidates, words, again);
        Assert.Equal(chosen, again);

        var context = new TaggerFeatures.SentenceContext(candidates, new int[forms.Length], words);
        var features = new ulong[TaggerFeatures.MaxFeatures];
        int ambiguous = 0;
        for (int i = 0; i < forms.Length; i++)
        {
            if (candidates[i].Length > 1)
            {
                ambiguous++;
                var scores = new float[model.Weights.ScoreLength];
                int n = context.Extract(i, features);
                foreach (ulong feature in features.AsSpan(0, n))
                {
                    model.Weights.AddTo(feature, scores);
                }

                CandidateInfo info = words[i].Candidates;
                float best = Enumerable.Range(0, candidates[i].Length).Max(c => info.Score(c, scores));
                Assert.Equal(best, info.Score(chosen[i], scores));
            }

            context.Choose(i, chosen[i]);
        }

        Assert.True(ambiguous >= 5, $"only {ambiguous} ambiguous words");
    }
}
