namespace Kronika.Polish.Tests.Tagging;

/// <summary>The Polish language unit with its real dictionary and shipped models, loaded once per test run.</summary>
public static class LoadedPolish
{
    private static readonly Lazy<PolishLanguage> Shared = new(() => PolishLanguage.Load());

    public static PolishLanguage Language => Shared.Value;
}
