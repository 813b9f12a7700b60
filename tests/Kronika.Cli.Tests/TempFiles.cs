namespace Kronika.Cli.Tests;

/// <summary>A temporary folder for the input files a test writes, deleted afterwards.</summary>
public sealed class TempFiles : IDisposable
{
    public string Dir { get; } = Directory.CreateTempSubdirectory("kronika-cli-").FullName;

    public string Write(string name, string content) => Write(name, System.Text.Encoding.UTF8.GetBytes(content));

    public string Write(string name, byte[] content)
    {
        string path = Path.Combine(Dir, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string Subdir(string name) => Directory.CreateDirectory(Path.Combine(Dir, name)).FullName;

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}
