using System.Text;

namespace Kronika.Ingest.Tests;

/// <summary>A temporary folder for the input files a test writes, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    static TempFolder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public string Dir { get; } = Directory.CreateTempSubdirectory("kronika-ingest-").FullName;

    public string Write(string name, string content) => Write(name, Encoding.UTF8.GetBytes(content));

    public string Write(string name, byte[] content)
    {
        string path = Path.Combine(Dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}
