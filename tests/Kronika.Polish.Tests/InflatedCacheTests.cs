namespace Kronika.Polish.Tests;

public sealed class InflatedCacheTests : IDisposable
{
    private const string Magic = "KronikaTestModel";

    private readonly string _dir = Directory.CreateTempSubdirectory("kronika-inflated-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void FirstReadWritesThePlainCopyAndLaterReadsGiveTheSameBody()
    {
        string model = WriteModel("a.bin.gz", Large(7));
        string cache = Path.Combine(_dir, "cache");

        int[] inflated = ReadModel(model, cache);
        string copy = Assert.Single(Directory.GetFiles(Path.Combine(cache, InflatedCache.Folder)));
        Assert.StartsWith("a.bin.gz.", Path.GetFileName(copy));

        // The second read takes the copy: changing a value in it shows that it was read, not the gzip file.
        byte[] bytes = File.ReadAllBytes(copy);
        int last = bytes.Length - 4;
        BitConverter.TryWriteBytes(bytes.AsSpan(last), 123_456);
        File.WriteAllBytes(copy, bytes);
        int[] fromCopy = ReadModel(model, cache);
        Assert.Equal(inflated[..^1], fromCopy[..^1]);
        Assert.Equal(123_456, fromCopy[^1]);
        Assert.Equal(inflated, ReadModel(model, cacheRoot: null));
    }

    [Fact]
    public void ACopyOfTheWrongLengthIsNotReadAndAnotherModelGetsACopyOfItsOwn()
    {
        int[] values = Large(3);
        string model = WriteModel("b.bin.gz", values);
        string cache = Path.Combine(_dir, "cache");
        Assert.Equal(values, ReadModel(model, cache));
        string copy = Assert.Single(Directory.GetFiles(Path.Combine(cache, InflatedCache.Folder)));

        long whole = new FileInfo(copy).Length;
        File.WriteAllBytes(copy, File.ReadAllBytes(copy)[..^2]);
        Assert.Equal(values, ReadModel(model, cache));
        Assert.Equal(whole, new FileInfo(copy).Length); // inflated again and written whole

        // The same file name with other content (a retrained model) is another CRC, so another copy, which
        // replaces the stale one; another model's copy stays.
        string other = WriteModel("b.bin.gz.x", Large(5));
        Assert.Equal(Large(5), ReadModel(other, cache));
        int[] retrained = Large(11);
        WriteModel("b.bin.gz", retrained);
        Assert.Equal(retrained, ReadModel(model, cache));
        string[] copies = [.. Directory.GetFiles(Path.Combine(cache, InflatedCache.Folder)).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
        Assert.Equal(2, copies.Length);
        Assert.NotEqual(Path.GetFileName(copy), copies[0]);
        Assert.StartsWith("b.bin.gz.x.", copies[1]);
    }

    [Fact]
    public void ASmallBodyGetsNoCopy()
    {
        string model = WriteModel("e.bin.gz", [1, 2, 3, 4, 5]);
        string cache = Path.Combine(_dir, "cache");
        Assert.Equal([1, 2, 3, 4, 5], ReadModel(model, cache));
        Assert.False(Directory.Exists(Path.Combine(cache, InflatedCache.Folder)) && Directory.GetFiles(Path.Combine(cache, InflatedCache.Folder)).Length > 0);
    }

    /// <summary>A body over the cache's minimum: 300,000 values (1.2 MB) that differ with the multiplier.</summary>
    private static int[] Large(int multiplier) => [.. Enumerable.Range(0, 300_000).Select(i => i * multiplier % 1_001)];

    [Fact]
    public void ATruncatedModelIsReportedAndLeavesNoCopy()
    {
        string model = WriteModel("c.bin.gz", Large(13));
        byte[] whole = File.ReadAllBytes(model);
        File.WriteAllBytes(model, whole[..(whole.Length / 2)]);
        string cache = Path.Combine(_dir, "cache");

        Assert.ThrowsAny<Exception>(() => ReadModel(model, cache));
        Assert.False(Directory.Exists(Path.Combine(cache, InflatedCache.Folder)) && Directory.GetFiles(Path.Combine(cache, InflatedCache.Folder)).Length > 0);
    }

    [Fact]
    public void AnUnwritableCacheOnlyCostsTheInflating()
    {
        string model = WriteModel("d.bin.gz", [42, 43]);
        string notAFolder = Path.Combine(_dir, "file");
        File.WriteAllText(notAFolder, "x");

        Assert.Equal([42, 43], ReadModel(model, notAFolder));
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp", SearchOption.AllDirectories));
    }

    private string WriteModel(string name, int[] values)
    {
        string path = Path.Combine(_dir, name);
        ModelFile.Write(path, Magic, 1, writer =>
        {
            writer.Write(values.Length);
            foreach (int value in values)
            {
                writer.Write(value);
            }
        });
        return path;
    }

    private static int[] ReadModel(string path, string? cacheRoot) =>
        ModelFile.Read(path, Magic, 1, "test model", reader =>
        {
            var values = new int[reader.ReadInt32()];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = reader.ReadInt32();
            }

            return values;
        }, cacheRoot);
}
