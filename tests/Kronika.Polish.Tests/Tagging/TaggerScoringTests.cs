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

    [Theory]
    [InlineData("„Nie” – odpowiedział krótko. Premier Donald Tusk spotkał się w poniedziałek z prezydentem Ukrainy.")]
    [InlineData("Oba rządy konsekwentnie zaprzeczają tym doniesieniom, a minister spraw zagranicznych nie chciał ich komentować.")]
    public void The_rows_kept_with_forms_and_tags_are_those_of_the_hashed_context_features(string text)
    {
        // The tagger reads the rows of a neighbour's form and of the tag chosen on the left from what it
        // kept with them; they must be the rows of the features that the hashing path extracts, in its order,
        // at every place in the sentence (its edges included) and after every choice.
        PerceptronTagger model = Model.Value;
        Document document = LoadedPolish.Language.CreateAnalysisPipeline().Process(Document.Create(text));
        MorphAnalysis[][] candidates = [.. document.Tokens.Select(t => LoadedPolish.Language.Candidates.For(document.TextOf(t), t.Kind))];
        WordFeatures[] words = [.. document.Tokens.Select((t, i) => model.FeaturesOf(new CandidateEntry(document.TextOf(t), candidates[i])))];
        var context = new TaggerFeatures.SentenceContext(candidates, new int[words.Length], words);
        var features = new ulong[TaggerFeatures.MaxFeatures];
        var rows = new WeightRow[TaggerFeatures.MaxFeatures];
        var expected = new WeightRow[TaggerFeatures.MaxFeatures];
        int found = 0;
        for (int i = 0; i < words.Length; i++)
        {
            int n = context.ExtractContext(i, features);
            model.Weights.FindRows(features.AsSpan(0, n), expected);
            Assert.Equal(n, context.ContextRows(i, model.Rows, rows));
            Assert.Equal(expected.AsSpan(0, n).ToArray(), rows.AsSpan(0, n).ToArray());
            found += rows.AsSpan(0, n).ToArray().Count(r => r.Length > 0);

            // Choose the last candidate: another tag than the tagger's first on some words.
            context.Choose(i, candidates[i].Length - 1);
        }

        Assert.True(found > words.Length * 5, $"only {found} of the rows hold weights");
    }
}
