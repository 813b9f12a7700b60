namespace Kronika.Store.Tests;

/// <summary>One archive holding the sample articles, shared by the tests of a class that only read it.</summary>
public sealed class SampleArchiveFixture : IDisposable
{
    private readonly TempArchive archive = new();

    public SampleArchiveFixture()
    {
        archive.Store.PutMany(SampleArchive.Articles);
    }

    public IArchiveStore Store => archive.Store;

    public void Dispose() => archive.Dispose();
}
