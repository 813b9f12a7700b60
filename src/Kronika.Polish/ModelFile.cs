using System.Buffers.Binary;
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
        using var reader = new BinaryReader(Decompress(path));
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

    /// <summary>
    /// The whole decompressed body in memory: a <see cref="BinaryReader"/> reads a <see cref="MemoryStream"/>
    /// without a virtual call per value, which makes loading the weight tables several times cheaper than
    /// reading through the gzip stream. The size comes from the gzip trailer (the length modulo 2^32), so the
    /// buffer is usually allocated once.
    /// </summary>
    private static MemoryStream Decompress(string path)
    {
        using FileStream file = File.OpenRead(path);
        int capacity = 0;
        if (file.Length >= 18)
        {
            Span<byte> trailer = stackalloc byte[4];
            file.Seek(-4, SeekOrigin.End);
            file.ReadExactly(trailer);
            file.Seek(0, SeekOrigin.Begin);
            capacity = (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(trailer), 1u << 30);
        }

        var body = new MemoryStream(capacity);
        using (var zip = new GZipStream(file, CompressionMode.Decompress))
        {
            zip.CopyTo(body);
        }

        body.Position = 0;
        return body;
    }
}
