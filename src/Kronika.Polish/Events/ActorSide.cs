using Kronika.Core;

namespace Kronika.Polish.Events;

/// <summary>The side an actor stands for: its state, else its actor code (an international body), else its name.</summary>
internal static class ActorSide
{
    public static string Of(Document document, int entity) =>
        document.Entities[entity].Country ?? document.Entities[entity].Actor ?? document.Entities[entity].Name;

    /// <summary>The same entity, or two that stand for one side (Putin and Moscow).</summary>
    public static bool Same(Document document, int a, int b) => a == b || Of(document, a) == Of(document, b);
}
