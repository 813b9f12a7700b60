using Kronika.Core.Text;

namespace Kronika.Polish.Names;

/// <summary>A sentence as the name recogniser sees it: the word forms and the tagger's analysis of each.</summary>
public sealed class NameSentence
{
    public NameSentence(string[] forms, MorphAnalysis[] analyses)
    {
        if (forms.Length != analyses.Length)
        {
            throw new ArgumentException("One analysis per form is required.", nameof(analyses));
        }

        Forms = forms;
        Analyses = analyses;
    }

    public string[] Forms { get; }

    public MorphAnalysis[] Analyses { get; }

    public int Length => Forms.Length;

    /// <summary>Whose annotation rules the recogniser follows for this sentence.</summary>
    public NameConvention Convention { get; init; }
}
