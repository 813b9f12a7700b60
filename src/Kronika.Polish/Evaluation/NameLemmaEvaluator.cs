using Kronika.Polish.Names;

namespace Kronika.Polish.Evaluation;

/// <summary>Exact-match accuracy of name base forms against gold (name, base form) pairs.</summary>
public static class NameLemmaEvaluator
{
    public static NameLemmaScores Score(Func<string, NameCategory, string> lemmatize, IEnumerable<NameLemmaExample> gold)
    {
        ArgumentNullException.ThrowIfNull(lemmatize);
        int total = 0, correct = 0, identity = 0;
        var errors = new List<(NameLemmaExample Example, string Got)>();
        foreach (NameLemmaExample example in gold)
        {
            total++;
            identity += example.Written == example.Lemma ? 1 : 0;
            string got = lemmatize(example.Written, example.Category);
            if (got == example.Lemma)
            {
                correct++;
            }
            else
            {
                errors.Add((example, got));
            }
        }

        return new NameLemmaScores(total, correct, identity, errors);
    }
}

/// <summary>How many names got exactly their gold base form; <see cref="Identity"/> counts those already written in it.</summary>
public sealed record NameLemmaScores(int Total, int Correct, int Identity, IReadOnlyList<(NameLemmaExample Example, string Got)> Errors)
{
    public double Accuracy => Metrics.Ratio(Correct, Total);

    public double IdentityAccuracy => Metrics.Ratio(Identity, Total);
}
