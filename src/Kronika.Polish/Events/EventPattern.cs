using System.Collections.Immutable;

namespace Kronika.Polish.Events;

/// <summary>What an argument of an event pattern stands for.</summary>
public enum ArgumentRole
{
    Source,
    Target,
    Object,
    Place,
    Destination,
    Charge,
    Denied,
}

/// <summary>One argument of a frame: a bare case (<c>acc</c>), the subject (<c>subj</c>) or a preposition with its case (<c>z+inst</c>).</summary>
/// <param name="Preposition">The preposition, or null for a bare noun phrase.</param>
/// <param name="Case">The NKJP case (<c>nom</c>, <c>gen</c>…), or <c>subj</c> for the subject of a verb.</param>
public sealed record FrameSlot(string? Preposition, string Case, ArgumentRole Role)
{
    public const string Subject = "subj";
}

/// <summary>A line of <c>data/event-patterns.txt</c>: the trigger's lemmas, its PLOVER and CAMEO codes, and its arguments.</summary>
/// <param name="Lemmas">The head lemma first, then the other words of a multi-word trigger.</param>
/// <param name="Reciprocal">A plural subject with no target acts on itself (<c>podpisały</c>).</param>
/// <param name="Denial">The event denies earlier claims (CAMEO 016).</param>
/// <param name="Speech">The verb also reports speech; before a <c>że</c>-clause it is not this event.</param>
public sealed record EventPattern(
    ImmutableArray<string> Lemmas,
    string Type,
    string? Mode,
    string Cameo,
    ImmutableArray<FrameSlot> Slots,
    bool Reciprocal,
    bool Denial,
    bool Speech)
{
    /// <summary>
    /// The codes the event takes when every one of its targets is a state (flag <c>state=TYPE/MODE/CAMEO</c>):
    /// "wspierać Ukrainę" is material aid, "wspierać operację" backing.
    /// </summary>
    public EventPattern? ForState { get; init; }

    /// <summary>
    /// The type of a line that names a sense of its words that is no event (<c>dać się</c>, <c>atak serca</c>):
    /// it wins as a longer match does and then makes nothing.
    /// </summary>
    public const string NoEvent = "NONE";

    /// <summary>
    /// Phrases of which the trigger's clause must hold one for the words to be this event (flag <c>needs=do+gen</c>):
    /// "udał się do Pekinu" is a journey, "udało się" without a destination is success.
    /// </summary>
    public ImmutableArray<FrameSlot> Needs { get; init; } = [];

    public bool IsEvent => Type != NoEvent;

    /// <summary>The arguments. A property initializer sets the field, not through init: <see cref="IsVerbal"/> is settled by its own initializer, and here when <c>with</c> sets new ones.</summary>
    public ImmutableArray<FrameSlot> Slots
    {
        get;
        init
        {
            field = value;
            IsVerbal = HasSubject(value);
        }
    } = Slots;

    /// <summary>A verb's frame, with a subject; a noun's frame has none (its actor is a genitive or an adjective). Asked at every word, so computed once.</summary>
    public bool IsVerbal { get; private init; } = HasSubject(Slots);

    private static bool HasSubject(ImmutableArray<FrameSlot> slots) => slots.Any(s => s.Case == FrameSlot.Subject);

    public string Head => Lemmas[0];

    /// <summary>The trigger as written in the dictionary (<c>nałożyć sankcja</c>).</summary>
    public string Key => string.Join(' ', Lemmas);

    /// <summary>The role of a bare case or a preposition with its case, or null when the frame has none.</summary>
    public ArgumentRole? RoleOf(string? preposition, string @case)
    {
        foreach (FrameSlot slot in Slots)
        {
            if (slot.Preposition == preposition && slot.Case == @case)
            {
                return slot.Role;
            }
        }

        return null;
    }

    public bool HasRole(ArgumentRole role) => Slots.Any(s => s.Role == role);
}
