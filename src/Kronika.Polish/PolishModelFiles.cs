namespace Kronika.Polish;

/// <summary>
/// Finds the trained models (<c>models/</c> in the repository, copied next to the binaries at build time;
/// <c>KRONIKA_MODELS</c> points at another folder). Each model is reproduced by a <c>kronika train</c> command
/// listed in <c>models/README.md</c>.
/// </summary>
public static class PolishModelFiles
{
    public const string Tagger = "tagger.bin.gz";
    public const string Guesser = "guesser.bin.gz";
    public const string NameLemmas = "name-lemmas.bin.gz";
    public const string Names = "ner.bin.gz";

    public static string Directory
    {
        get
        {
            string? overridden = Environment.GetEnvironmentVariable("KRONIKA_MODELS");
            return string.IsNullOrWhiteSpace(overridden) ? Path.Combine(AppContext.BaseDirectory, "models") : overridden;
        }
    }

    public static string PathOf(string name) => Path.Combine(Directory, name);

    /// <summary>The path of a model that must exist.</summary>
    /// <exception cref="ModelNotFoundException">It does not.</exception>
    public static string Require(string name, string trainCommand)
    {
        string path = PathOf(name);
        return File.Exists(path)
            ? path
            : throw new ModelNotFoundException($"the model {name} is missing from {Directory}; rebuild it with `{trainCommand}`");
    }
}

/// <summary>A trained model is missing or unreadable. The message is one line saying what to do.</summary>
public sealed class ModelNotFoundException(string message) : Exception(message);
