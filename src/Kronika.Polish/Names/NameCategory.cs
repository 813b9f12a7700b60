using Kronika.Core.Text;

namespace Kronika.Polish.Names;

/// <summary>
/// What a name is, as the recogniser (or a corpus) says: its entity type, when known, and whether the name
/// is used as an adjective (<c>polskiej</c>, <c>Europejskiej</c>), whose base form is the masculine singular
/// nominative in lower case. The default says nothing, and the lemmatiser then works from the words alone.
/// </summary>
public readonly record struct NameCategory(EntityType? Type, MentionKind Kind = MentionKind.Name)
{
    public bool IsAdjective => Kind == MentionKind.Adjective;

    /// <summary>A short key for caches and logs (<c>Person/Name</c>, <c>-/Adjective</c>).</summary>
    public string Key => (Type?.ToString() ?? "-") + "/" + Kind;
}
