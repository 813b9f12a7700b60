namespace Kronika.Polish.Morphology;

/// <summary>
/// Finds the Morfologik Polish dictionary. Order: <c>KRONIKA_MORFOLOGIK</c> (a jar or a .dict),
/// the Debian system path, then the per-user cache filled by <c>scripts/fetch-morfologik.sh</c>.
/// </summary>
public static class DictionaryLocator
{
    public const string EnvironmentVariable = "KRONIKA_MORFOLOGIK";
    public const string CacheEnvironmentVariable = "KRONIKA_CACHE";
    public const string SystemPath = "/usr/share/java/morfologik-polish.jar";

    /// <summary>Where the fetch script unpacks the Debian package, relative to the cache root.</summary>
    public const string CacheRelativePath = "morfologik/usr/share/java/morfologik-polish.jar";

    /// <summary>Path of the dictionary to use; throws <see cref="DictionaryNotFoundException"/> if there is none.</summary>
    public static string Locate() => Locate(Environment.GetEnvironmentVariable, File.Exists);

    /// <summary>Testable core of <see cref="Locate()"/>: environment and file system are injected.</summary>
    public static string Locate(Func<string, string?> getEnvironment, Func<string, bool> fileExists)
    {
        string? explicitPath = getEnvironment(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            // An explicit setting that is wrong is a configuration error, not a cue to guess elsewhere.
            if (fileExists(explicitPath))
                return explicitPath;
            throw new DictionaryNotFoundException(
                $"{EnvironmentVariable}={explicitPath} does not exist; point it at morfologik-polish.jar (or a .dict file) or unset it and run ./kronika setup.");
        }

        string cachePath = Path.Combine(CacheRoot(getEnvironment), CacheRelativePath);
        foreach (string candidate in new[] { SystemPath, cachePath })
        {
            if (fileExists(candidate))
                return candidate;
        }

        throw new DictionaryNotFoundException(
            $"Polish morphology dictionary not found (looked in {SystemPath} and {cachePath}); run ./kronika setup or set {EnvironmentVariable} to the path of morfologik-polish.jar.");
    }

    /// <summary>The cache root: <c>$KRONIKA_CACHE</c>, else <c>~/.cache/kronika</c>.</summary>
    public static string CacheRoot(Func<string, string?> getEnvironment)
    {
        string? configured = getEnvironment(CacheEnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
            return configured;
        string home = getEnvironment("HOME") is { Length: > 0 } h
            ? h
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(home, ".cache", "kronika");
    }
}
