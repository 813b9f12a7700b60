using Kronika.Polish.Morphology;

namespace Kronika.Polish;

/// <summary>
/// Plain copies of the compressed files that every start of Kronika reads (the trained models' gzip bodies,
/// the dictionary inside Morfologik's jar: about 20 MB once inflated), kept in the cache folder
/// (<c>$KRONIKA_CACHE/inflated</c>, else <c>~/.cache/kronika/inflated</c>). The first load inflates the source
/// and writes the copy; later starts read the copy, which costs a file read instead of inflating. A copy is named
/// after its source's file name, the CRC-32 of the inflated bytes and their length (both read from the source's
/// own trailer or zip entry), so a retrained model or another dictionary gets a copy of its own and a stale one is
/// never read; writing it removes the copies of the same file name's earlier contents, so a retrained model
/// leaves one copy, not one per training. Bodies under <see cref="MinimumLength"/> are not kept: inflating them
/// costs less than a millisecond, and the small models that tests train by the hundred would fill the folder.
/// The cache is only an optimisation: a copy that cannot be written or read is skipped silently.
/// </summary>
internal static class InflatedCache
{
    public const string Folder = "inflated";

    /// <summary>The smallest inflated body worth a copy (1 MiB); the models and the dictionary are 1–10 MB.</summary>
    public const int MinimumLength = 1 << 20;

    /// <summary>The cache folder's root: <c>$KRONIKA_CACHE</c>, else <c>~/.cache/kronika</c>.</summary>
    public static string DefaultRoot => DictionaryLocator.CacheRoot(Environment.GetEnvironmentVariable);

    /// <summary>Where the copy of <paramref name="sourcePath"/> with this CRC and length lives under <paramref name="root"/>; null without a root.</summary>
    public static string? PathOf(string? root, string sourcePath, uint crc32, long length) =>
        string.IsNullOrEmpty(root) ? null : Path.Combine(root, Folder, $"{Path.GetFileName(sourcePath)}.{crc32:x8}.{length}");

    /// <summary>The cached copy's bytes, or null when there is none of exactly <paramref name="length"/> bytes.</summary>
    public static byte[]? TryRead(string? copyPath, long length)
    {
        if (copyPath is null || length > Array.MaxLength)
        {
            return null;
        }

        try
        {
            using var file = new FileStream(copyPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.None);
            if (file.Length != length)
            {
                return null;
            }

            byte[] bytes = GC.AllocateUninitializedArray<byte>((int)length);
            file.ReadExactly(bytes);
            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Writes the copy under a temporary name and renames it into place, so a reader never sees half of it.</summary>
    public static void TryWrite(string? copyPath, ReadOnlySpan<byte> bytes)
    {
        if (copyPath is null || bytes.Length < MinimumLength)
        {
            return;
        }

        string temporary = $"{copyPath}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(copyPath)!);
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1))
            {
                file.Write(bytes);
            }

            File.Move(temporary, copyPath, overwrite: true);
            RemoveEarlierCopies(copyPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception inner) when (inner is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the cache is an optimisation.
            }
        }
    }

    /// <summary>Deletes the other copies of the same source file name (<c>NAME.crc.length</c>), left by its earlier contents.</summary>
    private static void RemoveEarlierCopies(string copyPath)
    {
        string folder = Path.GetDirectoryName(copyPath)!;
        string copyName = Path.GetFileName(copyPath);
        // NAME.crc.length: the source's name is what precedes the last two dots.
        int lengthDot = copyName.LastIndexOf('.');
        int crcDot = copyName.LastIndexOf('.', lengthDot - 1);
        string prefix = copyName[..(crcDot + 1)];
        foreach (string other in Directory.EnumerateFiles(folder, prefix + "*"))
        {
            string otherName = Path.GetFileName(other);
            if (otherName != copyName && IsCopyName(otherName.AsSpan(prefix.Length)))
            {
                try
                {
                    File.Delete(other);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Another process may be replacing it; a stale copy is never read anyway.
                }
            }
        }
    }

    /// <summary>Whether the rest of a file name after the source's name is <c>crc.length</c> (8 hex digits, a dot, digits), not a temporary file.</summary>
    private static bool IsCopyName(ReadOnlySpan<char> rest) =>
        rest.Length > 9 && rest[8] == '.' && !rest[..8].ContainsAnyExcept("0123456789abcdef") && !rest[9..].ContainsAnyExceptInRange('0', '9');
}
