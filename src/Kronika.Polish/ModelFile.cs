using System.IO.Compression;

namespace Kronika.Polish;

/// <summary>
/// The container of Kronika's trained models: a gzip stream that starts with a magic string and a format
/// version, then the model's own binary body. Reading checks both and turns a truncated or foreign file
/// into an <see cref="InvalidDataException"/> with one clear line.
/// </summary>
internal static class ModelFile
{
    public static void Write(string path, string magic, int version, Action<BinaryWriter> writeBody)
    {
        using FileStream file = File.Create(path);
        using var zip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(zip);
        writer.Write(magic);
        writer.Write(version);
        writeBody(writer);
    }

    /// <exception cref="InvalidDataException">The file is not a <paramref name="what"/> of this version, or is truncated.</exception>
    public static T Read<T>(string path, string magic, int version, string what, Func<BinaryReader, T> readBody)
    {
        using FileStream file = File.OpenRead(path);
        using var zip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(zip, 1 << 16));
        try
        {
            if (reader.ReadString() != magic || reader.ReadInt32() != version)
            {
                throw new InvalidDataException($"{path} is not a Kronika {what} of version {version}.");
            }

            return readBody(reader);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"{path} is truncated.");
        }
    }
}
