namespace Kronika.Polish.Names;

/// <summary>
/// Training aid: stands in for the learnt rules while a gold name is lemmatised, records each word the
/// rules would handle (its context and gold ending change) and answers with the gold word, so that
/// later words see the context they will see at run time when earlier words are right.
/// </summary>
internal sealed class RuleTeacher(IReadOnlyList<string> goldTokens, Action<string, NameWordContext, string> record)
{
    public string Observe(int index, string word, NameWordContext context)
    {
        string gold = goldTokens[index];
        record(word, context, gold);
        return gold;
    }
}
