using Kronika.Polish.Morphology;

namespace Kronika.Polish.Tests.Morphology;

public sealed class CorruptDictionaryTests : IDisposable
{
    private const string Info = "fsa.dict.separator=;\nfsa.dict.encoding=UTF-8\nfsa.dict.encoder=PREFIX\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("kronika-morph-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] content)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    [Fact]
    public void Garbage_dict_file_is_corrupt()
    {
        string dict = Write("polish.dict", "this is not an automaton at all"u8.ToArray());
        Write("polish.info", System.Text.Encoding.UTF8.GetBytes(Info));

        var e = Assert.Throws<DictionaryCorruptException>(() => MorfologikDictionary.Open(dict));
        Assert.Contains(dict, e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Truncated_dict_file_is_corrupt()
    {
        byte[] header = [(byte)'\\', (byte)'f', (byte)'s', (byte)'a', 0xC6, 0x00, 0x07, 0x20, 0x00, 0x45];
        string dict = Write("polish.dict", header);
        Write("polish.info", System.Text.Encoding.UTF8.GetBytes(Info));

        Assert.Throws<DictionaryCorruptException>(() => MorfologikDictionary.Open(dict));
    }

    [Fact]
    public void Garbage_jar_is_corrupt()
    {
        string jar = Write("morfologik-polish.jar", "PK\u0003\u0004 definitely not a zip"u8.ToArray());
        Assert.Throws<DictionaryCorruptException>(() => MorfologikDictionary.Open(jar));
    }

    [Fact]
    public void Missing_info_file_is_corrupt()
    {
        string dict = Write("lonely.dict", [(byte)'\\', (byte)'f', (byte)'s', (byte)'a', 0xC6]);
        var e = Assert.Throws<DictionaryCorruptException>(() => MorfologikDictionary.Open(dict));
        Assert.Contains("lonely.info", e.Message);
    }
}
