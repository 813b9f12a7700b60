using System.IO.Compression;
using Kronika.Core.Text;
using Kronika.Polish.Morphology;

namespace Kronika.Polish.Tests.Morphology;

public class SuffixGuesserTests
{
    // Dictionary entries of two inflection patterns, a proper name and a word whose ending is rare.
    private static readonly (string Form, string Lemma, string Tag)[] Entries =
    [
        ("domami", "dom", "subst:pl:inst:m3"), ("kotami", "kot", "subst:pl:inst:m2"), ("płotami", "płot", "subst:pl:inst:m3"),
        ("lasami", "las", "subst:pl:inst:m3"), ("nosami", "nos", "subst:pl:inst:m3"),
        ("zielonego", "zielony", "adj:sg:gen:m1:pos"), ("czerwonego", "czerwony", "adj:sg:gen:m1:pos"),
        ("żółtego", "żółty", "adj:sg:gen:m1:pos"), ("białego", "biały", "adj:sg:gen:m1:pos"),
        ("Kowalskiego", "Kowalski", "subst:sg:gen:m1"), ("Nowakowskiego", "Nowakowski", "subst:sg:gen:m1"),
        ("Zielińskiego", "Zieliński", "subst:sg:gen:m1"),
        ("jeżozwierz", "jeżozwierz", "subst:sg:nom:m2"),
    ];

    private static readonly string[] Probes =
    [
        "stołami", "Stołami", "niebieskiego", "Wiśniewskiego", "ami", "xy", "12345", "drzewo", "ąę", "Ślązakami",
        "𝔸bcami", "ab𝔸ego", "ogo", "Ego",
    ];

    [Fact]
    public void A_trained_guesser_answers_by_the_longest_known_ending()
    {
        SuffixGuesser guesser = SuffixGuesserTrainer.Train(Entries);

        // "-ami" (five words: four m3, one m2) is the longest ending of "stołami" that enough words share.
        Assert.Equal([new MorphAnalysis("stoł", "subst:pl:inst:m3"), new MorphAnalysis("stoł", "subst:pl:inst:m2")], guesser.Analyze("stołami"));
        // Capitalised words are guessed from the proper names: "-kiego" → "-ki".
        Assert.Equal([new MorphAnalysis("Wiśniewski", "subst:sg:gen:m1")], guesser.Analyze("Wiśniewskiego"));
        // An adjective: cut "-ego", add "-y", by analogy only (the rule knows no stem alternation).
        Assert.Equal([new MorphAnalysis("niebieskiy", "adj:sg:gen:m1:pos")], guesser.Analyze("niebieskiego"));
        Assert.Empty(guesser.Analyze("ami")); // The rule would cut the whole word.
        Assert.Empty(guesser.Analyze("12345"));
        Assert.Empty(guesser.Analyze("drzewo"));
    }

    [Fact]
    public void A_saved_and_loaded_guesser_gives_the_same_answers_and_saves_the_same_bytes()
    {
        SuffixGuesser trained = SuffixGuesserTrainer.Train(Entries);
        string first = Path.Combine(Path.GetTempPath(), $"kronika-guesser-{Guid.NewGuid():N}.bin.gz");
        string second = Path.Combine(Path.GetTempPath(), $"kronika-guesser-{Guid.NewGuid():N}.bin.gz");
        try
        {
            trained.Save(first);
            SuffixGuesser loaded = SuffixGuesser.Load(first);
            Assert.Equal(trained.SuffixCount, loaded.SuffixCount);
            foreach (string probe in Probes)
            {
                Assert.Equal(trained.Analyze(probe), loaded.Analyze(probe));
            }

            loaded.Save(second);
            Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }

    [Fact]
    public void A_truncated_model_is_rejected_clearly()
    {
        string path = Path.Combine(Path.GetTempPath(), $"kronika-guesser-{Guid.NewGuid():N}.bin.gz");
        try
        {
            SuffixGuesserTrainer.Train(Entries).Save(path);
            byte[] whole = Decompress(File.ReadAllBytes(path));
            foreach (int keep in new[] { whole.Length - 1, whole.Length - 7, whole.Length / 2, 30 })
            {
                File.WriteAllBytes(path, Compress(whole[..keep]));
                var error = Assert.Throws<InvalidDataException>(() => SuffixGuesser.Load(path));
                Assert.Contains(path, error.Message);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_shipped_model_answers_as_its_tables_say_for_every_ending()
    {
        // Reads the shipped file value by value, as a BinaryReader does, into one dictionary per table, and asks
        // the guesser about a word for every ending of each table (a letter, a capital for the proper names).
        string path = PolishModelFiles.Require(PolishModelFiles.Guesser, PolishLanguage.TrainGuesserCommand);
        SuffixGuesser guesser = SuffixGuesser.Load(path);
        using var reader = new BinaryReader(new MemoryStream(Decompress(File.ReadAllBytes(path))));
        Assert.Equal(SuffixGuesser.Magic, reader.ReadString());
        Assert.Equal(SuffixGuesser.FormatVersion, reader.ReadInt32());
        Dictionary<string, (string Tag, int Cut, string Append)[]> proper = ReadTable(reader), common = ReadTable(reader);
        Assert.Equal(reader.BaseStream.Length, reader.BaseStream.Position);
        Assert.Equal(proper.Count + common.Count, guesser.SuffixCount);
        Assert.True(guesser.SuffixCount > 100_000);

        int guessed = 0;
        foreach ((string start, Dictionary<string, (string Tag, int Cut, string Append)[]> table) in new[] { ("W", proper), ("w", common) })
        {
            foreach (string suffix in table.Keys)
            {
                string form = start + suffix;
                List<MorphAnalysis> expected = [];
                for (int length = Math.Min(SuffixGuesser.MaxSuffix, form.Length - 1); length >= SuffixGuesser.MinSuffix; length--)
                {
                    if (table.TryGetValue(form.ToLowerInvariant()[^length..], out var options))
                    {
                        expected = [.. options.Where(o => o.Cut < form.Length).Select(o => new MorphAnalysis(form[..^o.Cut] + o.Append, o.Tag))];
                        break;
                    }
                }

                Assert.Equal(expected, guesser.Analyze(form));
                guessed += expected.Count > 0 ? 1 : 0;
            }
        }

        Assert.True(guessed > 100_000);
    }

    private static Dictionary<string, (string Tag, int Cut, string Append)[]> ReadTable(BinaryReader reader)
    {
        var table = new Dictionary<string, (string Tag, int Cut, string Append)[]>(StringComparer.Ordinal);
        int count = reader.ReadInt32();
        for (int i = 0; i < count; i++)
        {
            string suffix = reader.ReadString();
            var options = new (string Tag, int Cut, string Append)[reader.ReadByte()];
            for (int j = 0; j < options.Length; j++)
            {
                options[j] = (reader.ReadString(), reader.ReadByte(), reader.ReadString());
            }

            table.Add(suffix, options);
        }

        return table;
    }

    private static byte[] Decompress(byte[] gzip)
    {
        using var output = new MemoryStream();
        using (var zip = new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress))
        {
            zip.CopyTo(output);
        }

        return output.ToArray();
    }

    private static byte[] Compress(byte[] body)
    {
        using var output = new MemoryStream();
        using (var zip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            zip.Write(body);
        }

        return output.ToArray();
    }
}
