using Kronika.Core.Output;

namespace Kronika.Store;

/// <summary>
/// Which archive entity an article's entity is: the knowledge-base entry it was resolved to, else its
/// type, normalised base form and country, so that <c>Jan Kowalski</c> of Poland in two articles is one.
/// </summary>
public static class EntityIdentity
{
    public static string Key(EntityRecord entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity.KnowledgeId is { Length: > 0 } knowledgeId
            ? knowledgeId
            : $"{entity.Type}|{NameFolding.Identity(entity.Name)}|{entity.Country}";
    }
}
