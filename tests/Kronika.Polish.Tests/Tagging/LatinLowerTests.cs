using Kronika.Polish.Tagging;

namespace Kronika.Polish.Tests.Tagging;

public class LatinLowerTests
{
    [Fact]
    public void Agrees_with_the_invariant_culture_for_every_character()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            Assert.Equal(char.ToLowerInvariant((char)c), LatinLower.Of((char)c));
        }
    }

    [Fact]
    public void Polish_capitals_become_small_letters() =>
        Assert.Equal("zażółć gęślą jaźń", new string([.. "ZAŻÓŁĆ GĘŚLĄ JAŹŃ".Select(LatinLower.Of)]));

    [Fact]
    public void Lower_cases_strings_as_the_invariant_culture_does()
    {
        // Every table letter, and text beyond the table (Greek, Cyrillic, a surrogate pair, the Turkish dotted I).
        string[] texts =
        [
            new string([.. Enumerable.Range(0, 0x180).Select(c => (char)c)]),
            "ZAŻÓŁĆ GĘŚLĄ JAŹŃ", "już", "", "Ω Ж \U00010400 İstanbul", "Łódź Ωmega", "ŁÓDŹ\u0130",
        ];
        foreach (string text in texts)
        {
            Assert.Equal(text.ToLowerInvariant(), LatinLower.Of(text));
        }

        string lower = "już";
        Assert.Same(lower, LatinLower.Of(lower));
    }
}
