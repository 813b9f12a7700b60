namespace Kronika.Core.Input;

/// <summary>Reads a file, or standard input for <c>-</c>, into text, with a size limit so that memory stays bounded.</summary>
public static class InputReader
{
    /// <summary>Largest input read by default: 64 MiB.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    public static DecodedText Read(string path, string? encoding = null, long maxBytes = DefaultMaxBytes)
    {
        try
        {
            byte[] bytes = path == "-" ? ReadStream(Console.OpenStandardInput(), maxBytes) : ReadFile(path, maxBytes);
            return TextDecoder.Decode(bytes, encoding);
        }
        catch (InputException e)
        {
            // Named, so that in a batch of files the user sees which one was refused.
            throw new InputException($"{(path == "-" ? "standard input" : path)}: {e.Message}");
        }
    }

    private static byte[] ReadFile(string path, long maxBytes)
    {
        if (Directory.Exists(path))
        {
            throw new InputException("is a directory, not a file");
        }

        try
        {
            using FileStream stream = File.OpenRead(path);
            return ReadStream(stream, maxBytes);
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

    /// <exception cref="InputException">The stream is longer than <paramref name="maxBytes"/>; the message does not name it.</exception>
    public static byte[] ReadStream(Stream stream, long maxBytes)
    {
        // A file that is known to be too large is refused before it is read.
        if (stream.CanSeek && stream.Length > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw TooLarge(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static InputException TooLarge(long maxBytes) =>
        new($"larger than the limit of {maxBytes / (1024 * 1024)} MiB (raise it with --max-size)");
}

/// <summary>A named input that does not exist or cannot be opened.</summary>
public sealed class InputNotFoundException(string message) : Exception(message);
