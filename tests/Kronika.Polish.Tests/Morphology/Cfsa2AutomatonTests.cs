using System.Text;
using Kronika.Polish.Morphology;

namespace Kronika.Polish.Tests.Morphology;

public class Cfsa2AutomatonTests
{
    // Hand-assembled automaton accepting "ab" and "ac":
    //   0: dummy root arc '^' (last) -> 3
    //   3: 'a' (last, target-next; label from table index 1) -> 4
    //   4: 'b' (final, explicit target 0 = terminal); 'c' (final, last, terminal)
    private static byte[] TinyAutomaton() =>
    [
        (byte)'\\', (byte)'f', (byte)'s', (byte)'a', 0xC6, 0x00, 0x00,
        2, 0x00, (byte)'a',                 // label table: index 1 = 'a'
        0x40, (byte)'^', 3,                 // offset 0
        0xC1,                               // offset 3: last | target-next | label #1
        0x20, (byte)'b', 0x00,              // offset 4
        0x60, (byte)'c', 0x00,              // offset 7
    ];

    [Fact]
    public void Walks_and_enumerates_a_hand_built_automaton()
    {
        var fsa = Cfsa2Automaton.Load(TinyAutomaton());

        int afterA = fsa.Walk(fsa.RootNode, "a"u8);
        Assert.True(afterA > 0);
        Assert.Equal(-1, fsa.Walk(fsa.RootNode, "ab"u8)); // terminal: nothing follows
        Assert.Equal(-1, fsa.Walk(fsa.RootNode, "b"u8));

        var walker = new Cfsa2SequenceWalker(fsa);
        walker.Reset(fsa.RootNode);
        var sequences = new List<string>();
        while (walker.MoveNext())
            sequences.Add(Encoding.UTF8.GetString(walker.Current));
        Assert.Equal(["ab", "ac"], sequences);
    }

    [Fact]
    public void Bad_magic_is_reported_as_corrupt()
    {
        byte[] data = TinyAutomaton();
        data[1] = (byte)'x';
        var e = Assert.Throws<DictionaryCorruptException>(() => Cfsa2Automaton.Load(data, "x.dict"));
        Assert.Contains("bad magic", e.Message);
    }

    [Fact]
    public void Other_versions_are_rejected()
    {
        byte[] data = TinyAutomaton();
        data[4] = 0xC5;
        var e = Assert.Throws<DictionaryCorruptException>(() => Cfsa2Automaton.Load(data, "x.dict"));
        Assert.Contains("version", e.Message);
    }

    [Fact]
    public void Truncated_automaton_is_reported_as_corrupt()
    {
        byte[] data = TinyAutomaton()[..12];
        Assert.Throws<DictionaryCorruptException>(() => Cfsa2Automaton.Load(data, "x.dict"));
    }
}
