using Kronika.Core.Text;

namespace Kronika.Polish.Tagging;

/// <summary>
/// A sentence as the tagger sees it: word forms, their candidate analyses and, once tagged, the index of
/// the chosen candidate of each word. Training and tagging share it so that both see the same features.
/// </summary>
public sealed class TaggingSentence
{
    public TaggingSentence(string[] forms, MorphAnalysis[][] candidates)
    {
        if (forms.Length != candidates.Length)
        {
            throw new ArgumentException("One candidate list per form is required.", nameof(candidates));
        }

        Forms = forms;
        Candidates = candidates;
        Chosen = new int[forms.Length];
    }

    public string[] Forms { get; }

    public MorphAnalysis[][] Candidates { get; }

    /// <summary>Index into <see cref="Candidates"/> of the analysis chosen for each word.</summary>
    public int[] Chosen { get; }

    public int Length => Forms.Length;

    public MorphAnalysis ChosenAnalysis(int i) => Candidates[i][Chosen[i]];
}
