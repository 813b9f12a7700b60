using Kronika.Polish.Morphology;

namespace Kronika.Polish.Tests.Morphology;

public class CasingTests
{
    [Theory]
    [InlineData("rosja", WordCasing.Other)]
    [InlineData("Przywódcy", WordCasing.Capitalised)]
    [InlineData("ŁÓDŹ", WordCasing.AllCaps)]
    [InlineData("PiS", WordCasing.Other)]
    [InlineData("A", WordCasing.Capitalised)]
    [InlineData("F-16", WordCasing.Capitalised)]
    [InlineData("123", WordCasing.Other)]
    public void Classifies_word_casing(string word, WordCasing expected) => Assert.Equal(expected, Casing.Of(word));

    [Fact]
    public void Title_cases_polish_letters() => Assert.Equal("Łódź", Casing.ToTitle("ŁÓDŹ"));
}
