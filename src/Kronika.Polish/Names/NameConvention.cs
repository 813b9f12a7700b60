namespace Kronika.Polish.Names;

/// <summary>
/// Whose annotation rules a sentence's names follow. The two training corpora disagree on a few kinds of
/// word: NKJP marks demonyms and country adjectives (<c>Polacy</c>, <c>polski</c>) as places, SlavicNER
/// marks demonyms as people and adjectives not at all. The recogniser learns each corpus's rules apart
/// on top of what they share (feature augmentation, Daumé 2007); Kronika's pipeline follows <see cref="News"/>.
/// </summary>
public enum NameConvention : byte
{
    /// <summary>SlavicNER's rules (news names, the entity types); the default.</summary>
    News = 0,

    /// <summary>NKJP 1M's rules; used when training on and scoring NKJP.</summary>
    Nkjp = 1,
}
