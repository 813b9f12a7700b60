using System.Numerics;
using System.Text;
using Kronika.Core.Text;

namespace Kronika.Polish.Morphology;

/// <summary>
/// Guesses lemma and tag of a word the dictionary lacks (foreign surnames above all: <c>Biełousowa</c>,
/// <c>Sullivana</c>, <c>Pjongjangu</c>) by analogy with dictionary words that end the same way: the longest
/// known ending of the word votes for (tag, lemma rule) pairs, where a rule says how many letters to cut
/// from the end of the form and what to append to get the lemma. Capitalised words are guessed from
/// proper-name entries, others from common words. Learned from the dictionary by <see cref="SuffixGuesserTrainer"/>.
/// </summary>
public sealed class SuffixGuesser : IWordAnalyzer
{
    internal const string Magic = "KRONIKA-GUESSER";
    internal const int FormatVersion = 1;
    internal const int MinSuffix = 2;
    internal const int MaxSuffix = 5;

    // The model's body exactly as the file holds it (two tables of endings, each ending followed by its
    // options), read in place: loading indexes where each ending starts instead of making a string and an
    // array for each of the 130,000 endings, and a lookup decodes only the options of the ending it finds.
    private readonly ReadOnlyMemory<byte> _body;
    private readonly SuffixTable _proper;
    private readonly SuffixTable _common;

    internal SuffixGuesser(Dictionary<string, GuessOption[]> proper, Dictionary<string, GuessOption[]> common)
        : this(Serialize(proper, common))
    {
    }

    /// <exception cref="InvalidDataException">The body is truncated or malformed.</exception>
    private SuffixGuesser(ReadOnlyMemory<byte> body)
    {
        _body = body;
        int position = 0;
        _proper = SuffixTable.Index(body.Span, ref position);
        _common = SuffixTable.Index(body.Span, ref position);
        if (position != body.Length)
        {
            throw new InvalidDataException("the guesser model has data after its tables.");
        }
    }

    public int SuffixCount => _proper.Count + _common.Count;

    public IReadOnlyList<MorphAnalysis> Analyze(string form)
    {
        if (form.Length < 3 || !char.IsLetter(form[0]))
        {
            return [];
        }

        bool capitalised = char.IsUpper(form[0]);
        string lower = form.ToLowerInvariant();
        SuffixTable table = capitalised ? _proper : _common;
        Span<byte> key = stackalloc byte[MaxSuffix * 3];
        for (int length = Math.Min(MaxSuffix, lower.Length - 1); length >= MinSuffix; length--)
        {
            ReadOnlySpan<char> suffix = lower.AsSpan(lower.Length - length);
            if (char.IsLowSurrogate(suffix[0]))
            {
                continue; // Half a character: no ending the file can hold.
            }

            int found = table.Find(_body.Span, key[..Encoding.UTF8.GetBytes(suffix, key)]);
            if (found >= 0)
            {
                return ReadOptions(form, found);
            }
        }

        return [];
    }

    /// <summary>The lemmas and tags of the options stored at <paramref name="position"/>, applied to <paramref name="form"/>.</summary>
    private List<MorphAnalysis> ReadOptions(string form, int position)
    {
        ReadOnlySpan<byte> body = _body.Span;
        int count = body[position++];
        var result = new List<MorphAnalysis>(count);
        for (int i = 0; i < count; i++)
        {
            string tag = ModelBytes.ReadString(body, ref position);
            int cut = body[position++];
            string append = ModelBytes.ReadString(body, ref position);
            if (cut < form.Length)
            {
                result.Add(new MorphAnalysis(form[..^cut] + append, tag));
            }
        }

        return result;
    }

    public void Save(string path) => ModelFile.Write(path, Magic, FormatVersion, writer => writer.Write(_body.Span));

    /// <exception cref="InvalidDataException">The file is not a guesser model of this version.</exception>
    public static SuffixGuesser Load(string path)
    {
        ReadOnlyMemory<byte> body = ModelFile.ReadBody(path, Magic, FormatVersion, "guesser model");
        try
        {
            return new SuffixGuesser(body);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    private static byte[] Serialize(Dictionary<string, GuessOption[]> proper, Dictionary<string, GuessOption[]> common)
    {
        using var memory = new MemoryStream();
        using (var writer = new BinaryWriter(memory, Encoding.UTF8, leaveOpen: true))
        {
            WriteTable(writer, proper);
            WriteTable(writer, common);
        }

        return memory.ToArray();
    }

    private static void WriteTable(BinaryWriter writer, Dictionary<string, GuessOption[]> table)
    {
        writer.Write(table.Count);
        foreach ((string suffix, GuessOption[] options) in table.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(suffix);
            writer.Write((byte)options.Length);
            foreach (GuessOption option in options)
            {
                writer.Write(option.Tag);
                writer.Write((byte)option.Cut);
                writer.Write(option.Append);
            }
        }
    }

    /// <summary>
    /// One table's endings, found by their UTF-8 bytes: an open-addressing hash table whose slots hold where
    /// an ending's entry (the ending, then its options) starts in the body, plus one; zero is an empty slot.
    /// </summary>
    private readonly struct SuffixTable(int[] slots, int count)
    {
        public int Count { get; } = count;

        /// <summary>Indexes the table that starts at <paramref name="position"/> and moves past it.</summary>
        public static SuffixTable Index(ReadOnlySpan<byte> body, ref int position)
        {
            int count = ModelBytes.ReadInt32(body, ref position);
            if (count < 0 || count > body.Length)
            {
                throw new InvalidDataException("the guesser model's table size is impossible.");
            }

            int[] slots = new int[Math.Max(4, (int)BitOperations.RoundUpToPowerOf2((uint)count * 2))];
            int mask = slots.Length - 1;
            for (int i = 0; i < count; i++)
            {
                int entry = position;
                int slot = Hash(ModelBytes.ReadBytes(body, ref position)) & mask;
                while (slots[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }

                slots[slot] = entry + 1;
                position = SkipOptions(body, position);
            }

            return new SuffixTable(slots, count);
        }

        /// <summary>Where the options of <paramref name="suffix"/> start, or -1.</summary>
        public int Find(ReadOnlySpan<byte> body, ReadOnlySpan<byte> suffix)
        {
            int mask = slots.Length - 1;
            for (int slot = Hash(suffix) & mask; slots[slot] != 0; slot = (slot + 1) & mask)
            {
                int position = slots[slot] - 1;
                if (ModelBytes.ReadBytes(body, ref position).SequenceEqual(suffix))
                {
                    return position;
                }
            }

            return -1;
        }

        private static int SkipOptions(ReadOnlySpan<byte> body, int position)
        {
            int count = ModelBytes.ReadByte(body, ref position);
            for (int i = 0; i < count; i++)
            {
                ModelBytes.ReadBytes(body, ref position);
                ModelBytes.ReadByte(body, ref position);
                ModelBytes.ReadBytes(body, ref position);
            }

            return position;
        }

        private static int Hash(ReadOnlySpan<byte> bytes)
        {
            uint hash = 2166136261;
            foreach (byte b in bytes)
            {
                hash = (hash ^ b) * 16777619;
            }

            return (int)(hash ^ (hash >> 15));
        }
    }
}

/// <summary>One guess: a tag, and the lemma as the form with <see cref="Cut"/> letters removed and <see cref="Append"/> added.</summary>
internal readonly record struct GuessOption(string Tag, int Cut, string Append);
