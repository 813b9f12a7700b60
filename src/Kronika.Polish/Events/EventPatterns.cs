using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Kronika.Polish.Events;

/// <summary>The event dictionary (<c>data/event-patterns.txt</c>), indexed by head lemma, longest patterns first.</summary>
public sealed class EventPatterns
{
    public const string FileName = "event-patterns.txt";

    private static readonly FrozenSet<string> Types = FrozenSet.ToFrozenSet(
    [
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
        "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "STATEMENT", EventPattern.NoEvent,
    ]);

    private static readonly FrozenSet<string> Cases = FrozenSet.ToFrozenSet(["nom", "gen", "dat", "acc", "inst", "loc"]);

    private readonly FrozenDictionary<string, ImmutableArray<EventPattern>> _byHead;

    private EventPatterns(IEnumerable<EventPattern> patterns)
    {
        All = [.. patterns];
        _byHead = All
            .GroupBy(p => p.Head, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Lemmas.Length).ToImmutableArray(), StringComparer.Ordinal);
        _headStarts = _byHead.Keys.Where(k => k.Length >= HeadStart).Select(k => k[..HeadStart].ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (string head in _byHead.Keys)
        {
            int shape = Shape(head);
            _headShapes[shape >> 6] |= 1UL << shape;
        }
    }

    /// <summary>The shapes of the head lemmas: most words are no head, and their shape alone says so, before any hashing.</summary>
    private readonly ulong[] _headShapes = new ulong[1 << 10];

    // A word's first two characters and length, hashed into 64k bits.
    private static int Shape(string word)
    {
        uint first = word.Length > 0 ? word[0] : 0u;
        uint second = word.Length > 1 ? word[1] : 0u;
        return (int)(((first * 0x9E3779B1u) ^ (second * 0x85EBCA77u) ^ ((uint)word.Length * 0xC2B2AE3Du)) >> 16);
    }

    /// <summary>How many first letters of a word <see cref="MayHead"/> compares.</summary>
    private const int HeadStart = 3;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _headStarts;

    /// <summary>
    /// Whether some trigger's head begins like this (lower-case) word form: a cheap test before asking the
    /// dictionary for the word's other lemmas, since inflection keeps a Polish noun's first letters.
    /// </summary>
    public bool MayHead(string form) => form.Length < HeadStart || _headStarts.Contains(form.AsSpan(0, HeadStart));

    public ImmutableArray<EventPattern> All { get; }

    public static EventPatterns Load() => Parse(PolishDataFiles.ReadLines(FileName));

    /// <summary>Parses pattern lines (comments already removed); throws <see cref="FormatException"/> naming the bad line.</summary>
    public static EventPatterns Parse(IEnumerable<string> lines)
    {
        var patterns = new List<EventPattern>();
        foreach (string line in lines)
        {
            patterns.Add(ParseLine(line));
        }

        return new EventPatterns(patterns);
    }

    /// <summary>The patterns whose head is <paramref name="lemma"/>, longest first; empty when none.</summary>
    public ImmutableArray<EventPattern> ForHead(string lemma)
    {
        int shape = Shape(lemma);
        return (_headShapes[shape >> 6] & (1UL << shape)) != 0 && _byHead.TryGetValue(lemma, out ImmutableArray<EventPattern> found) ? found : [];
    }

    private static EventPattern ParseLine(string line)
    {
        string[] fields = line.Split('|', StringSplitOptions.TrimEntries);
        if (fields.Length != 5)
        {
            throw new FormatException($"{FileName}: expected 5 fields in '{line}'.");
        }

        ImmutableArray<string> lemmas = [.. fields[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)];
        if (lemmas.Length == 0 || !Types.Contains(fields[1]) || !IsCameo(fields[3]))
        {
            throw new FormatException($"{FileName}: bad lemma, type or CAMEO code in '{line}'.");
        }

        var slots = ImmutableArray.CreateBuilder<FrameSlot>();
        var needs = ImmutableArray.CreateBuilder<FrameSlot>();
        bool reciprocal = false, denial = false, speech = false;
        string[]? forState = null;
        foreach (string part in fields[4].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            switch (part)
            {
                case "recip": reciprocal = true; continue;
                case "denial": denial = true; continue;
                case "speech": speech = true; continue;
            }

            if (part.StartsWith("needs=", StringComparison.Ordinal))
            {
                // The phrase is checked for, not filled: its role is not used.
                needs.Add(ParseSlot(part["needs=".Length..] + "=object", line));
                continue;
            }

            if (part.StartsWith("state=", StringComparison.Ordinal))
            {
                forState = part["state=".Length..].Split('/');
                if (forState.Length != 3 || !Types.Contains(forState[0]) || !IsCameo(forState[2]))
                {
                    throw new FormatException($"{FileName}: expected state=TYPE/MODE/CAMEO in '{line}'.");
                }

                continue;
            }

            slots.Add(ParseSlot(part, line));
        }

        var pattern = new EventPattern(lemmas, fields[1], fields[2] == "-" ? null : fields[2], fields[3], slots.ToImmutable(), reciprocal, denial, speech)
        {
            Needs = needs.ToImmutable(),
        };
        return forState is null ? pattern : pattern with
        {
            ForState = pattern with { Type = forState[0], Mode = forState[1] == "-" ? null : forState[1], Cameo = forState[2] },
        };
    }

    private static bool IsCameo(string code) => code.Length is >= 3 and <= 4 && code.All(char.IsAsciiDigit);

    private static FrameSlot ParseSlot(string part, string line)
    {
        string[] sides = part.Split('=', StringSplitOptions.TrimEntries);
        if (sides.Length != 2 || !Enum.TryParse(sides[1], ignoreCase: true, out ArgumentRole role))
        {
            throw new FormatException($"{FileName}: bad argument '{part}' in '{line}'.");
        }

        int plus = sides[0].IndexOf('+', StringComparison.Ordinal);
        string? preposition = plus < 0 ? null : sides[0][..plus];
        string @case = plus < 0 ? sides[0] : sides[0][(plus + 1)..];
        if (@case != FrameSlot.Subject && !Cases.Contains(@case) || preposition is not null && @case == FrameSlot.Subject)
        {
            throw new FormatException($"{FileName}: unknown case '{@case}' in '{line}'.");
        }

        return new FrameSlot(preposition, @case, role);
    }
}
