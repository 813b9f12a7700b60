using Kronika.Core.Text;

namespace Kronika.Polish.Morphology;

/// <summary>Proposes the possible analyses of a word form, out of context. Implementations are thread-safe.</summary>
public interface IWordAnalyzer
{
    /// <summary>Every (lemma, NKJP tag) the form can have; empty when the analyzer does not know the form.</summary>
    IReadOnlyList<MorphAnalysis> Analyze(string form);
}
