namespace Kronika.Cli.Tests;

/// <summary>
/// A fact that runs only when no system-wide Morfologik dictionary is installed: with one, Kronika rightly
/// finds it and the "dictionary missing" situation cannot be produced.
/// </summary>
public sealed class FactWithoutSystemDictionaryAttribute : FactAttribute
{
    public const string SystemDictionary = "/usr/share/java/morfologik-polish.jar";

    public FactWithoutSystemDictionaryAttribute()
    {
        if (File.Exists(SystemDictionary))
        {
            Skip = $"{SystemDictionary} exists, so the dictionary cannot be made missing";
        }
    }
}

public sealed class SetupTests : IDisposable
{
    private const string Text = "Prezydent przyjechał do Gdańska.\n";

    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private Dictionary<string, string?> EmptyHomeAndCache(string? dictionary) => new()
    {
        ["KRONIKA_MORFOLOGIK"] = dictionary,
        ["KRONIKA_CACHE"] = _files.Subdir("cache"),
        ["HOME"] = _files.Subdir("home"),
    };

    [Fact]
    public void An_explicit_dictionary_path_that_does_not_exist_is_a_setup_error()
    {
        // DictionaryLocator never looks elsewhere when KRONIKA_MORFOLOGIK is set, system jar or not.
        string missing = Path.Combine(_files.Dir, "nie-ma", "morfologik-polish.jar");

        CliResult result = KronikaProcess.Run(["analyze", _files.Write("a.txt", Text)], environment: EmptyHomeAndCache(missing));

        string line = CliAssert.OneLineFailure(result, 2);
        Assert.Contains("KRONIKA_MORFOLOGIK", line);
        Assert.Contains(missing, line);
        Assert.Equal("", result.Stdout);
    }

    [FactWithoutSystemDictionary]
    public void No_dictionary_anywhere_is_a_setup_error()
    {
        Dictionary<string, string?> environment = EmptyHomeAndCache(null);

        CliResult result = KronikaProcess.Run(["analyze", _files.Write("a.txt", Text)], environment: environment);

        string line = CliAssert.OneLineFailure(result, 2);
        Assert.Contains(environment["KRONIKA_CACHE"]!, line);
    }

    [Theory]
    [InlineData("morfologik-polish.jar")]
    [InlineData("polish.dict")]
    public void A_corrupt_dictionary_is_a_setup_error(string name)
    {
        string garbage = _files.Write(name, "to nie jest słownik, tylko śmieci 0123456789"u8.ToArray());
        _files.Write("polish.info", "fsa.dict.separator=+\nfsa.dict.encoding=UTF-8\nfsa.dict.encoder=SUFFIX\n");

        CliResult result = KronikaProcess.Run(["analyze", _files.Write("a.txt", Text)], environment: EmptyHomeAndCache(garbage));

        string line = CliAssert.OneLineFailure(result, 2);
        Assert.Contains(garbage, line);
    }

    [Fact]
    public void Missing_models_are_a_setup_error_naming_the_train_command()
    {
        string models = _files.Subdir("modele");

        CliResult result = KronikaProcess.Run(["analyze", _files.Write("a.txt", Text)], environment: new Dictionary<string, string?> { ["KRONIKA_MODELS"] = models });

        string line = CliAssert.OneLineFailure(result, 2);
        Assert.Contains("kronika train", line);
        Assert.Contains(models, line);
    }

    [Fact]
    public void Missing_models_fail_extract_the_same_way()
    {
        CliResult result = KronikaProcess.Run(["extract", _files.Write("a.txt", Text)], environment: new Dictionary<string, string?> { ["KRONIKA_MODELS"] = _files.Subdir("modele") });

        string line = CliAssert.OneLineFailure(result, 2);
        Assert.Contains("kronika train", line);
    }

    [Fact]
    public void Setup_the_command_the_error_messages_recommend_exists_and_reports_ready()
    {
        CliResult result = KronikaProcess.Run(["setup"]);

        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Stderr}");
        Assert.Contains("ready", result.Stdout);
        Assert.Contains("dictionary: ", result.Stdout);
    }

    [Fact]
    public void Setup_fails_like_the_other_commands_when_the_dictionary_is_missing()
    {
        string missing = Path.Combine(_files.Dir, "brak.jar");

        CliResult result = KronikaProcess.Run(["setup"], environment: EmptyHomeAndCache(missing));

        string line = CliAssert.OneLineFailure(result, 2);
        Assert.Contains("setup", line);
    }
}
