using Kronika.Core.Text;

namespace Kronika.Polish.Events;

/// <summary>An event being built: mutable until the claims are linked, then frozen into an <see cref="Event"/>.</summary>
internal sealed class EventDraft(EventPattern pattern, int sentence, int clause, int firstToken, int endToken)
{
    /// <summary>The trigger's pattern; its state variant once the targets show it (<see cref="EventPattern.ForState"/>).</summary>
    public EventPattern Pattern { get; set; } = pattern;

    public int Sentence { get; } = sentence;

    /// <summary>Index of the clause within its sentence.</summary>
    public int Clause { get; } = clause;

    public int FirstToken { get; } = firstToken;

    public int EndToken { get; } = endToken;

    /// <summary>The trigger's head word (its verb or noun), or -1 when the event has none of its own.</summary>
    public int Head { get; set; } = -1;

    public List<int> Source { get; } = [];

    public List<int> Target { get; } = [];

    /// <summary>Whom an accusation accuses, or whose doing a claim is: what a denier answers for.</summary>
    public List<int> Accused => Pattern.Type == "ACCUSE" ? Target : Source;

    public int? Location { get; set; }

    public string? Date { get; set; }

    public int? Time { get; set; }

    public EventStatus Status { get; set; }

    public List<int> ClaimedBy { get; } = [];

    /// <summary>For a denial: it names what it answers (<c>zarzutom</c>, <c>temu twierdzeniu</c>).</summary>
    public bool RefersToClaim { get; set; }

    /// <summary>For a claim: the tokens of the clause that states it.</summary>
    public (int First, int End) ClaimTokens { get; set; }
}
