using Kronika.Core;
using Kronika.Core.Text;

namespace Kronika.Polish.Events;

/// <summary>
/// The target of an event whose frame has a place for one and whose words and discourse rules gave none. Polish news
/// leaves the addressee out when the story has already named it: a protest with no named addressee is aimed at the
/// protesters' own state, and a reaction, a promise or a hostile act at the side its actor last stood against, else
/// at whoever of another side the story told of last.
/// </summary>
internal sealed partial class ImpliedTarget
{
    /// <summary>
    /// Events that often have no addressee: statements, mobilisation, a public appeal ("zaapelował o pokój") and aid
    /// whose recipient the text does not name. Denials are answered by the claim linker, and a mutual act that names one
    /// side leaves the other unknown.
    /// </summary>
    private static readonly HashSet<string> NoAddressee = ["STATEMENT", "MOBILIZE", "REQUEST", "AID"];

    public void FillLastResort(EventDraft draft, IEnumerable<EventDraft> earlier)
    {
        if (draft.Target.Count > 0 || draft.Source.Count == 0 || draft.Pattern.Denial || draft.Pattern.Reciprocal || NoAddressee.Contains(draft.Pattern.Type)
            || !draft.Pattern.Slots.Any(s => s.Role is ArgumentRole.Target or ArgumentRole.Destination))
        {
            return;
        }

        if (draft.Pattern.Type == "PROTEST")
        {
            // "Tysiące demonstrantów protestowały w Tbilisi": a people protests to its own authorities.
            if (OwnState(draft) is { } state)
            {
                draft.Target.Add(state);
            }

            return;
        }

        // "Litwa zarzuca Białorusi ostrzelanie granicy": the accuser of its own sentence claims the deed, it need not be its victim.
        draft.Target.AddRange(Adversary(draft, earlier.Where(e => !(e.Pattern.Type == "ACCUSE" && e.Sentence == draft.Sentence))) ?? []);
    }

    /// <summary>The state entity of the draft's (non-state) actors, when the text names it.</summary>
    private int? OwnState(EventDraft draft)
    {
        foreach (int source in draft.Source)
        {
            Entity actor = document.Entities[source];
            if (actor.Type == EntityType.Country || actor.Country is not { } code)
            {
                continue;
            }

            for (int e = 0; e < document.Entities.Length; e++)
            {
                if (document.Entities[e].Type == EntityType.Country && document.Entities[e].Country == code)
                {
                    return e;
                }
            }
        }

        return null;
    }
}
