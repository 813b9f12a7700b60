using Kronika.Core.Text;

namespace Kronika.Polish.Actors;

/// <summary>An entity while a document is being resolved; frozen into an <see cref="Entity"/> at the end.</summary>
internal sealed class EntityDraft(string key, EntityType type, string name)
{
    public string Key { get; } = key;

    public EntityType Type { get; } = type;

    public string Name { get; set; } = name;

    public string? Country { get; set; }

    public string? Actor { get; set; }

    public string? KnowledgeId { get; set; }

    /// <summary>A person's gender (<c>m</c> or <c>f</c>) when the knowledge base knows it.</summary>
    public char? Gender { get; set; }

    public List<string> Roles { get; } = [];

    public void AddRole(string role)
    {
        if (!Roles.Contains(role, StringComparer.Ordinal))
        {
            Roles.Add(role);
        }
    }

    public Entity Freeze() => new(Type, Name, Country, Actor, [.. Roles], KnowledgeId);
}
