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
}
