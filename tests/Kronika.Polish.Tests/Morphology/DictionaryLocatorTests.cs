using Kronika.Polish.Morphology;

namespace Kronika.Polish.Tests.Morphology;

public class DictionaryLocatorTests
{
    private static Func<string, string?> Env(params (string Key, string Value)[] values) =>
        key => values.FirstOrDefault(v => v.Key == key).Value;

    [Fact]
    public void Environment_variable_wins_when_the_file_exists()
    {
        string path = DictionaryLocator.Locate(Env(("KRONIKA_MORFOLOGIK", "/x/my.jar")), p => p == "/x/my.jar" || p == DictionaryLocator.SystemPath);
        Assert.Equal("/x/my.jar", path);
    }

    [Fact]
    public void Environment_variable_pointing_nowhere_is_an_error_not_a_fallback()
    {
        var e = Assert.Throws<DictionaryNotFoundException>(
            () => DictionaryLocator.Locate(Env(("KRONIKA_MORFOLOGIK", "/x/missing.jar")), p => p == DictionaryLocator.SystemPath));
        Assert.Contains("KRONIKA_MORFOLOGIK=/x/missing.jar", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void System_path_comes_before_the_cache()
    {
        string path = DictionaryLocator.Locate(Env(("HOME", "/home/u")), _ => true);
        Assert.Equal(DictionaryLocator.SystemPath, path);
    }

    [Fact]
    public void Cache_under_home_is_used_when_there_is_no_system_copy()
    {
        string expected = "/home/u/.cache/kronika/morfologik/usr/share/java/morfologik-polish.jar";
        Assert.Equal(expected, DictionaryLocator.Locate(Env(("HOME", "/home/u")), p => p == expected));
    }

    [Fact]
    public void Kronika_cache_overrides_the_cache_root()
    {
        string expected = "/c/morfologik/usr/share/java/morfologik-polish.jar";
        Assert.Equal(expected, DictionaryLocator.Locate(Env(("KRONIKA_CACHE", "/c"), ("HOME", "/home/u")), p => p == expected));
    }

    [Fact]
    public void Missing_dictionary_message_is_one_line_saying_what_to_do()
    {
        var e = Assert.Throws<DictionaryNotFoundException>(() => DictionaryLocator.Locate(Env(("HOME", "/home/u")), _ => false));
        Assert.Contains("./kronika setup", e.Message);
        Assert.Contains("KRONIKA_MORFOLOGIK", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }
}
