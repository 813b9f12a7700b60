namespace Kronika.Core.Input;

/// <summary>Reads a file, or standard input for <c>-</c>, into text, with a size limit so that memory stays bounded.</summary>
public static class InputReader
{
    /// <summary>Largest input read by default: 64 MiB.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    public static DecodedText Read(string path, string? encoding = null, long maxBytes = DefaultMaxBytes)
    {
        byte[] bytes = path == "-" ? ReadStream(Console.OpenStandardInput(), "standard input", maxBytes) : ReadFile(path, maxBytes);
        return TextDecoder.Decode(bytes, encoding);
    }

    private static byte[] ReadFile(string path, long maxBytes)
    {
        if (Directory.Exists(path))
        {
            throw new InputException($"{path}: is a directory, not a file");
        }

        try
        {
            using FileStream stream = File.OpenRead(path);
            return ReadStream(stream, path, maxBytes);
        }
        catch (FileNotFoundException)
        {
            throw new InputNotFoundException($"{path}: no such file");
        }
        catch (DirectoryNotFoundException)
        {
            throw new InputNotFoundException($"{path}: no such file");
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputNotFoundException($"{path}: permission denied");
        }
    }

    public static byte[] ReadStream(Stream stream, string name, long maxBytes)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new InputException($"{name}: larger than the limit of {maxBytes / (1024 * 1024)} MiB (raise it with --max-size)");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

/// <summary>A named input that does not exist or cannot be opened.</summary>
public sealed class InputNotFoundException(string message) : Exception(message);
