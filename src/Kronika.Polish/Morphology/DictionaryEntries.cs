namespace Kronika.Polish.Morphology;

/// <summary>Every dictionary entry with its tag expanded to atomic NKJP tags, for learning from the dictionary.</summary>
public static class DictionaryEntries
{
    public static IEnumerable<(string Form, string Lemma, string Tag)> ExpandedEntries(this PolishMorphology morphology)
    {
        foreach ((string form, string lemma, string rawTag) in morphology.Dictionary.Entries())
        {
            foreach (string tag in morphology.ExpandTag(rawTag))
            {
                yield return (form, lemma, tag);
            }
        }
    }
}
