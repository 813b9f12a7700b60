using System.Collections.Immutable;

namespace Kronika.Core.Output;

/// <summary>
/// Writes what a reader wants of the events of an article: a timeline, undated events last, each with
/// its type and CAMEO code, who did it to whom, where, its status when not a plain fact and the words it
/// rests on; and the claims with who made them and who denied them.
/// </summary>
public static class EventTimelineFormatter
{
    /// <summary>The events as a dated timeline.</summary>
    public static void WriteEvents(ExtractionResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var names = Names(result);
        output.WriteLine("## Events");
        if (result.Events.IsEmpty)
        {
            output.WriteLine("(none)");
        }

        // Undated events last; otherwise by date, and in text order within a date.
        foreach (EventRecord e in result.Events.OrderBy(e => e.Date is null).ThenBy(e => e.Date, StringComparer.Ordinal))
        {
            string type = e.Mode is null ? e.Type : e.Type + "/" + e.Mode;
            string line = $"{e.Date ?? "undated",-10}  {type} ({e.Cameo})  {Actors(e.Source, names)} → {Actors(e.Target, names)}";
            if (e.Location is { } place)
            {
                line += "  in " + names.GetValueOrDefault(place, place);
            }

            if (e.Status != "asserted")
            {
                line += "  [" + e.Status + (e.ClaimedBy.IsEmpty ? "" : " by " + Actors(e.ClaimedBy, names)) + "]";
            }

            output.WriteLine(line + $"  «{e.Trigger.Text}»");
        }
    }

    /// <summary>The claims, with who made them and who denied them.</summary>
    public static void WriteClaims(ExtractionResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var names = Names(result);
        if (result.Claims.IsEmpty)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("## Claims");
        var events = result.Events.ToDictionary(e => e.Id);
        foreach (ClaimRecord c in result.Claims)
        {
            string type = events.TryGetValue(c.Event, out EventRecord? e) ? e.Type : c.Event;
            string denied = c.DeniedBy.IsEmpty ? "" : "; denied by " + Actors(c.DeniedBy, names);
            output.WriteLine($"{type} claimed by {Actors(c.Claimants, names)}: „{c.Text}”{denied}");
        }
    }

    private static Dictionary<string, string> Names(ExtractionResult result) => result.Entities.ToDictionary(e => e.Id, Label);

    /// <summary>An entity as a reader knows it: its name, and its state's code when the name does not say it.</summary>
    private static string Label(EntityRecord entity) =>
        entity.Country is null || entity.Type == "COUNTRY" ? entity.Name : $"{entity.Name} ({entity.Country})";

    private static string Actors(ImmutableArray<string> ids, Dictionary<string, string> names) =>
        ids.IsEmpty ? "?" : string.Join(" + ", ids.Select(id => names.GetValueOrDefault(id, id)));
}
