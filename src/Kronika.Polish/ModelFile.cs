using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

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
    public static T Read<T>(string path, string magic, int version, string what, Func<BinaryReader, T> readBody) =>
        Read(path, magic, version, what, readBody, InflatedCache.DefaultRoot);

    /// <summary>As <see cref="Read{T}(string, string, int, string, Func{BinaryReader, T})"/>, with the inflated copies under <paramref name="cacheRoot"/> (none if null).</summary>
    internal static T Read<T>(string path, string magic, int version, string what, Func<BinaryReader, T> readBody, string? cacheRoot)
    {
        using var reader = new BinaryReader(Decompress(path, cacheRoot));
        try
        {
            CheckHeader(reader, path, magic, version, what);
            return readBody(reader);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"{path} is truncated.");
        }
    }

    /// <summary>The decompressed body after the header, in the buffer it was decompressed into (not copied), for a model read in place.</summary>
    /// <exception cref="InvalidDataException">The file is not a <paramref name="what"/> of this version, or is truncated.</exception>
    public static ReadOnlyMemory<byte> ReadBody(string path, string magic, int version, string what)
    {
        MemoryStream memory = Decompress(path, InflatedCache.DefaultRoot);
        using var reader = new BinaryReader(memory, Encoding.UTF8, leaveOpen: true);
        try
        {
            CheckHeader(reader, path, magic, version, what);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"{path} is truncated.");
        }

        return memory.GetBuffer().AsMemory((int)memory.Position, (int)(memory.Length - memory.Position));
    }

    private static void CheckHeader(BinaryReader reader, string path, string magic, int version, string what)
    {
        if (reader.ReadString() != magic || reader.ReadInt32() != version)
        {
            throw new InvalidDataException($"{path} is not a Kronika {what} of version {version}.");
        }
    }

    /// <summary>
    /// The whole decompressed body in memory: a <see cref="BinaryReader"/> reads a <see cref="MemoryStream"/>
    /// without a virtual call per value, which makes loading the weight tables several times cheaper than
    /// reading through the gzip stream. The gzip trailer gives the CRC-32 and the length of the inflated bytes
    /// (modulo 2^32), which name the plain copy in the <see cref="InflatedCache"/>: read from there when it is,
    /// else inflated into a buffer of that length, allocated once, and the copy written for the next start.
    /// </summary>
    private static MemoryStream Decompress(string path, string? cacheRoot)
    {
        using FileStream file = File.OpenRead(path);
        int capacity = 0;
        string? copyPath = null;
        uint expectedLength = 0;
        if (file.Length >= 18)
        {
            Span<byte> trailer = stackalloc byte[8];
            file.Seek(-8, SeekOrigin.End);
            file.ReadExactly(trailer);
            file.Seek(0, SeekOrigin.Begin);
            uint crc = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
            expectedLength = BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]);
            capacity = (int)Math.Min(expectedLength, 1u << 30);
            copyPath = InflatedCache.PathOf(cacheRoot, path, crc, expectedLength);
            if (InflatedCache.TryRead(copyPath, expectedLength) is { } copy)
            {
                return new MemoryStream(copy, 0, copy.Length, writable: false, publiclyVisible: true);
            }
        }

        var body = new MemoryStream(capacity);
        using (var zip = new GZipStream(file, CompressionMode.Decompress))
        {
            zip.CopyTo(body);
        }

        // A truncated gzip stream just ends early, without an error: only a body of the trailer's length is a
        // whole one (and reaching the trailer, zlib has checked its CRC), so only such a body is kept as the copy.
        if ((uint)body.Length == expectedLength)
        {
            InflatedCache.TryWrite(copyPath, body.GetBuffer().AsSpan(0, (int)body.Length));
        }

        body.Position = 0;
        return body;
    }
}

/// <summary>
/// Reads, from bytes in memory, the values a <see cref="BinaryWriter"/> wrote (little-endian integers, strings as
/// a 7-bit encoded length and UTF-8 bytes), moving a position past each; running off the end is an
/// <see cref="InvalidDataException"/>.
/// </summary>
internal static class ModelBytes
{
    public static byte ReadByte(ReadOnlySpan<byte> data, ref int position)
    {
        if ((uint)position >= (uint)data.Length)
        {
            throw Truncated();
        }

        return data[position++];
    }

    public static int ReadInt32(ReadOnlySpan<byte> data, ref int position)
    {
        if (position < 0 || position > data.Length - 4)
        {
            throw Truncated();
        }

        int value = BinaryPrimitives.ReadInt32LittleEndian(data[position..]);
        position += 4;
        return value;
    }

    /// <summary>A string's UTF-8 bytes, without decoding them.</summary>
    public static ReadOnlySpan<byte> ReadBytes(ReadOnlySpan<byte> data, ref int position)
    {
        int length = 0;
        for (int shift = 0; ; shift += 7)
        {
            byte b = ReadByte(data, ref position);
            if (shift == 28 && b > 0b111)
            {
                throw new InvalidDataException("a string length is malformed.");
            }

            length |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                break;
            }
        }

        if (length > data.Length - position)
        {
            throw Truncated();
        }

        ReadOnlySpan<byte> bytes = data.Slice(position, length);
        position += length;
        return bytes;
    }

    public static string ReadString(ReadOnlySpan<byte> data, ref int position) => Encoding.UTF8.GetString(ReadBytes(data, ref position));

    private static InvalidDataException Truncated() => new("the model is truncated.");
}
