using Kronika.Core;
using Kronika.Core.Input;
using Kronika.Polish.Tests.Tagging;

namespace Kronika.Polish.Tests;

/// <summary>
/// The seed article of the shared folder (read by path; null when the folder is absent), dated 2024-06-20 as
/// the issues ask, through the whole extraction pipeline once per test run.
/// </summary>
public static class SeedArticle
{
    public const string RelativePath = "seed/000_038ae2f5eb9c90db.txt";

    private static readonly Lazy<Document?> Extracted = new(() =>
    {
        string? path = SharedFiles.Find(RelativePath);
        return path is null
            ? null
            : LoadedPolish.Language.CreateExtractionPipeline().Process(
                Document.Create(InputReader.Read(path, null, 1 << 24).Text, new DocumentInfo(Date: new DateOnly(2024, 6, 20))));
    });

    /// <summary>The extracted seed article, or null when the shared folder is not next to the repository.</summary>
    public static Document? Document => Extracted.Value;
}
