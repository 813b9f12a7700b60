namespace Kronika.Core.Text;

/// <summary>How a mention refers to its entity.</summary>
public enum MentionKind
{
    /// <summary>By name: <c>Władimira Putina</c>, <c>Moskwa</c>.</summary>
    Name,

    /// <summary>By a role or noun phrase: <c>rosyjski przywódca</c>, <c>Rosjanie</c>.</summary>
    Nominal,

    /// <summary>By an adjective: <c>wietnamskimi</c> (urzędnikami).</summary>
    Adjective,

    /// <summary>By a pronoun.</summary>
    Pronoun,
}
