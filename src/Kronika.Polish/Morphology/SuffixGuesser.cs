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

    private readonly Dictionary<string, GuessOption[]> _proper;
    private readonly Dictionary<string, GuessOption[]> _common;

    internal SuffixGuesser(Dictionary<string, GuessOption[]> proper, Dictionary<string, GuessOption[]> common)
    {
        _proper = proper;
        _common = common;
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
        Dictionary<string, GuessOption[]> table = capitalised ? _proper : _common;
        for (int length = Math.Min(MaxSuffix, lower.Length - 1); length >= MinSuffix; length--)
        {
            if (table.TryGetValue(lower[^length..], out GuessOption[]? options))
            {
                var result = new List<MorphAnalysis>(options.Length);
                foreach (GuessOption option in options)
                {
                    if (option.Cut < form.Length)
                    {
                        string lemma = form[..^option.Cut] + option.Append;
                        result.Add(new MorphAnalysis(lemma, option.Tag));
                    }
                }

                return result;
            }
        }

        return [];
    }

    public void Save(string path) => ModelFile.Write(path, Magic, FormatVersion, writer =>
    {
        WriteTable(writer, _proper);
        WriteTable(writer, _common);
    });

    /// <exception cref="InvalidDataException">The file is not a guesser model of this version.</exception>
    public static SuffixGuesser Load(string path) => ModelFile.Read(path, Magic, FormatVersion, "guesser model", reader =>
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        return new SuffixGuesser(ReadTable(reader, tags), ReadTable(reader, tags));
    });

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

    private static Dictionary<string, GuessOption[]> ReadTable(BinaryReader reader, Dictionary<string, string> tags)
    {
        int count = reader.ReadInt32();
        var table = new Dictionary<string, GuessOption[]>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            string suffix = reader.ReadString();
            var options = new GuessOption[reader.ReadByte()];
            for (int j = 0; j < options.Length; j++)
            {
                string tag = reader.ReadString();
                // Tags repeat across suffixes: share one string instance per tag.
                if (!tags.TryGetValue(tag, out string? shared))
                {
                    tags[tag] = shared = tag;
                }

                options[j] = new GuessOption(shared, reader.ReadByte(), reader.ReadString());
            }

            table[suffix] = options;
        }

        return table;
    }
}

/// <summary>One guess: a tag, and the lemma as the form with <see cref="Cut"/> letters removed and <see cref="Append"/> added.</summary>
internal readonly record struct GuessOption(string Tag, int Cut, string Append);
