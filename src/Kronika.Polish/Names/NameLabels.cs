using Kronika.Core.Text;

namespace Kronika.Polish.Names;

/// <summary>
/// The BIO labels of the name recogniser as small integers: 0 is outside any name; for each
/// <see cref="EntityType"/> t, 1 + 2t begins a name of that type and 2 + 2t continues it.
/// </summary>
public static class NameLabels
{
    public const int Outside = 0;

    public static readonly int Count = 1 + 2 * Enum.GetValues<EntityType>().Length;

    public static int Begin(EntityType type) => 1 + 2 * (int)type;

    public static int Inside(EntityType type) => 2 + 2 * (int)type;

    public static bool IsBegin(int label) => label > 0 && label % 2 == 1;

    public static bool IsInside(int label) => label > 0 && label % 2 == 0;

    public static EntityType TypeOf(int label) => (EntityType)((label - 1) / 2);

    /// <summary>Whether <paramref name="label"/> may follow <paramref name="previous"/>: a name is continued only by its own type.</summary>
    public static bool CanFollow(int previous, int label) =>
        !IsInside(label) || (previous != Outside && TypeOf(previous) == TypeOf(label));

    /// <summary>The labels of a sentence of <paramref name="length"/> tokens holding <paramref name="names"/> (token ranges; later overlapping ones are dropped).</summary>
    public static int[] Encode(int length, IEnumerable<(int First, int End, EntityType Type)> names)
    {
        var labels = new int[length];
        foreach ((int first, int end, EntityType type) in names)
        {
            if (first < 0 || end > length || first >= end || labels.AsSpan(first, end - first).ContainsAnyExcept(Outside))
            {
                continue;
            }

            labels[first] = Begin(type);
            labels.AsSpan(first + 1, end - first - 1).Fill(Inside(type));
        }

        return labels;
    }

    /// <summary>The names (token ranges and types) of a label sequence; an inside label with no beginning starts a name.</summary>
    public static List<(int First, int End, EntityType Type)> Decode(ReadOnlySpan<int> labels)
    {
        var names = new List<(int, int, EntityType)>();
        int i = 0;
        while (i < labels.Length)
        {
            if (labels[i] == Outside)
            {
                i++;
                continue;
            }

            EntityType type = TypeOf(labels[i]);
            int end = i + 1;
            while (end < labels.Length && labels[end] == Inside(type))
            {
                end++;
            }

            names.Add((i, end, type));
            i = end;
        }

        return names;
    }
}
