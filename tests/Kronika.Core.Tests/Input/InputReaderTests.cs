using System.Text;
using Kronika.Core.Input;

namespace Kronika.Core.Tests.Input;

public sealed class InputReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kronika-input-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Reads_a_utf8_file()
    {
        string path = Write("a.txt", Encoding.UTF8.GetBytes(PolishSamples.AllLetters));

        DecodedText decoded = InputReader.Read(path);

        Assert.Equal(PolishSamples.AllLetters, decoded.Text);
        Assert.Equal("utf-8", decoded.Encoding);
    }

    [Fact]
    public void Reads_a_windows1250_file()
    {
        string path = Write("cp.txt", PolishSamples.Windows1250.GetBytes(PolishSamples.AllLetters));

        DecodedText decoded = InputReader.Read(path);

        Assert.Equal(PolishSamples.AllLetters, decoded.Text);
        Assert.Equal("windows-1250", decoded.Encoding);
    }

    [Fact]
    public void Reads_an_iso88592_file()
    {
        string path = Write("l2.txt", PolishSamples.Latin2.GetBytes(PolishSamples.AllLetters));

        DecodedText decoded = InputReader.Read(path);

        Assert.Equal(PolishSamples.AllLetters, decoded.Text);
        Assert.Equal("iso-8859-2", decoded.Encoding);
    }

    [Fact]
    public void Passes_a_forced_encoding_on()
    {
        string path = Write("l2.txt", PolishSamples.Latin2.GetBytes("Żółw"));

        Assert.Equal("Żółw", InputReader.Read(path, "iso-8859-2").Text);
        Assert.Throws<InputException>(() => InputReader.Read(path, "utf-8"));
        Assert.Throws<InputException>(() => InputReader.Read(path, "nie-ma-takiego"));
    }

    [Fact]
    public void An_empty_file_is_empty_text()
    {
        string path = Write("empty.txt", []);

        Assert.Equal("", InputReader.Read(path).Text);
    }

    [Fact]
    public void A_file_with_nul_bytes_is_refused()
    {
        string path = Write("bin.dat", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41]);

        Assert.Throws<InputException>(() => InputReader.Read(path));
    }

    [Fact]
    public void A_missing_file_is_not_found()
    {
        string path = Path.Combine(_dir, "nie-istnieje.txt");

        var e = Assert.Throws<InputNotFoundException>(() => InputReader.Read(path));
        Assert.Contains(path, e.Message);
    }

    [Fact]
    public void A_file_in_a_missing_directory_is_not_found()
    {
        string path = Path.Combine(_dir, "brak", "plik.txt");

        Assert.Throws<InputNotFoundException>(() => InputReader.Read(path));
    }

    [Fact]
    public void A_directory_is_refused_as_input()
    {
        var e = Assert.Throws<InputException>(() => InputReader.Read(_dir));

        Assert.Contains("directory", e.Message);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused()
    {
        string path = Write("big.txt", Encoding.UTF8.GetBytes(new string('a', 1000)));

        var e = Assert.Throws<InputException>(() => InputReader.Read(path, maxBytes: 999));
        Assert.Contains("--max-size", e.Message);
    }

    [Fact]
    public void A_file_exactly_at_the_limit_is_read()
    {
        string path = Write("edge.txt", Encoding.UTF8.GetBytes(new string('a', 1000)));

        Assert.Equal(1000, InputReader.Read(path, maxBytes: 1000).Text.Length);
    }

    [Fact]
    public void A_stream_over_the_limit_is_refused_without_reading_it_all()
    {
        using var stream = new MemoryStream(new byte[1 << 20]);

        Assert.Throws<InputException>(() => InputReader.ReadStream(stream, 1024));
        Assert.True(stream.Position < stream.Length);
    }

    [Fact]
    public void A_stream_under_the_limit_is_read_whole()
    {
        byte[] content = Encoding.UTF8.GetBytes(PolishSamples.AllLetters);
        using var stream = new MemoryStream(content);

        Assert.Equal(content, InputReader.ReadStream(stream, 1 << 20));
    }
}
