using System.Buffers;
using System.IO.Compression;
using System.Text;
using Kronika.Core.Text;

namespace Kronika.Polish.Morphology;

/// <summary>
/// A Morfologik stemming dictionary: an automaton of <c>form SEP lemma-code SEP tag</c> byte
/// sequences plus the <c>.info</c> metadata saying how to decode them. Tags are returned raw
/// (PoliMorf notation, with <c>+</c>/<c>.</c> alternatives); see <see cref="NkjpTagExpander"/>.
/// </summary>
public sealed class MorfologikDictionary
{
    /// <summary>Location of the Polish dictionary inside morfologik-polish.jar.</summary>
    public const string JarDictPath = "morfologik/stemming/polish/polish.dict";

    private const int StackLimit = 512;
    private static readonly MorphAnalysis[] None = [];

    [ThreadStatic] private static Cfsa2SequenceWalker? t_walker;

    private readonly StringPool _lemmas = new();
    private readonly StringPool _tags = new();

    public MorfologikDictionary(Cfsa2Automaton automaton, MorfologikInfo info, string sourceName = "dictionary")
    {
        Automaton = automaton;
        Info = info;
        SourceName = sourceName;
    }

    /// <summary>Where the dictionary came from, for error messages.</summary>
    public string SourceName { get; }

    public Cfsa2Automaton Automaton { get; }

    public MorfologikInfo Info { get; }

    /// <summary>Opens a jar/zip containing <see cref="JarDictPath"/>, or a <c>.dict</c> file with a sibling <c>.info</c>.</summary>
    public static MorfologikDictionary Open(string path)
    {
        if (!File.Exists(path))
            throw new DictionaryNotFoundException($"Morfologik dictionary not found at {path}; run ./kronika setup or set KRONIKA_MORFOLOGIK to morfologik-polish.jar.");
        return path.EndsWith(".dict", StringComparison.OrdinalIgnoreCase) ? OpenDictFile(path) : OpenJar(path);
    }

    public static MorfologikDictionary Load(ReadOnlySpan<byte> dict, string infoText, string sourceName)
    {
        var info = MorfologikInfo.Parse(infoText, sourceName);
        return new MorfologikDictionary(Cfsa2Automaton.Load(dict, sourceName), info, sourceName);
    }

    private static MorfologikDictionary OpenDictFile(string path)
    {
        string infoPath = Path.ChangeExtension(path, ".info");
        if (!File.Exists(infoPath))
            throw new DictionaryCorruptException($"{path}: the metadata file {Path.GetFileName(infoPath)} is missing next to it.");
        return Load(File.ReadAllBytes(path), File.ReadAllText(infoPath, Encoding.UTF8), path);
    }

    private static MorfologikDictionary OpenJar(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            ZipArchiveEntry dictEntry = zip.GetEntry(JarDictPath)
                ?? throw new DictionaryCorruptException($"{path}: does not contain {JarDictPath}; is this morfologik-polish.jar?");
            ZipArchiveEntry infoEntry = zip.GetEntry(Path.ChangeExtension(JarDictPath, ".info"))
                ?? throw new DictionaryCorruptException($"{path}: does not contain the dictionary metadata (polish.info).");

            byte[] dict = ReadAll(dictEntry, path);
            string info = Encoding.UTF8.GetString(ReadAll(infoEntry));
            return Load(dict, info, path);
        }
        catch (InvalidDataException e)
        {
            throw new DictionaryCorruptException($"{path}: not a readable jar/zip ({e.Message}); re-run ./kronika setup.", e);
        }
    }

    /// <summary>The entry's bytes: its plain copy in the <see cref="InflatedCache"/>, else inflated from the jar (and the copy written).</summary>
    private static byte[] ReadAll(ZipArchiveEntry entry, string jarPath)
    {
        string? copyPath = InflatedCache.PathOf(InflatedCache.DefaultRoot, Path.GetFileName(jarPath) + "." + entry.Name, entry.Crc32, entry.Length);
        if (InflatedCache.TryRead(copyPath, entry.Length) is { } copy)
        {
            return copy;
        }

        byte[] data = ReadAll(entry);
        InflatedCache.TryWrite(copyPath, data);
        return data;
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using Stream stream = entry.Open();
        byte[] data = new byte[entry.Length];
        stream.ReadExactly(data);
        return data;
    }

    /// <summary>All (lemma, raw tag) pairs of exactly this form, in dictionary order; empty if unknown.</summary>
    public IReadOnlyList<MorphAnalysis> Lookup(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
            return None;
        int maxBytes = Encoding.UTF8.GetMaxByteCount(word.Length);
        byte[]? rented = null;
        Span<byte> form = maxBytes <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(maxBytes));
        try
        {
            int length = Encoding.UTF8.GetBytes(word, form);
            return LookupBytes(form[..length]);
        }
        catch (IndexOutOfRangeException e)
        {
            // Load-time validation is shallow (a full check would walk all 4.8M entries), so a
            // truncated automaton can still surface here; report it as what it is.
            throw Truncated(e);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private IReadOnlyList<MorphAnalysis> LookupBytes(ReadOnlySpan<byte> form)
    {
        byte separator = Info.Separator;
        if (form.Contains(separator))
            return None;
        int node = Automaton.Walk(Automaton.RootNode, form);
        if (node < 0)
            return None;
        node = Automaton.Walk(node, new ReadOnlySpan<byte>(in separator));
        if (node < 0)
            return None;

        Cfsa2SequenceWalker walker = t_walker is { } cached && cached.Automaton == Automaton
            ? cached
            : t_walker = new Cfsa2SequenceWalker(Automaton);
        walker.Reset(node);

        List<MorphAnalysis>? results = null;
        while (walker.MoveNext())
        {
            ReadOnlySpan<byte> rest = walker.Current;
            int split = rest.IndexOf(separator);
            if (split < 0)
                continue; // malformed entry without a tag; skip rather than fail the whole lookup
            results ??= new List<MorphAnalysis>(4);
            results.Add(new MorphAnalysis(DecodeLemma(form, rest[..split]), Intern(_tags, rest[(split + 1)..])));
        }
        return results is null ? None : results;
    }

    /// <summary>Every (form, lemma, raw tag) triple in the dictionary, in automaton order.</summary>
    public IEnumerable<(string Form, string Lemma, string Tag)> Entries() => EntriesBelow([], Automaton.RootNode);

    /// <summary>
    /// Every (form, lemma, raw tag) triple whose form starts with <paramref name="prefix"/>, in automaton
    /// order: the way to find the other forms of a lemma (its nominative, its plural) from one of them.
    /// </summary>
    public IEnumerable<(string Form, string Lemma, string Tag)> EntriesStartingWith(string prefix)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(prefix);
        if (bytes.AsSpan().Contains(Info.Separator))
            return [];
        int node = bytes.Length == 0 ? Automaton.RootNode : Automaton.Walk(Automaton.RootNode, bytes);
        return node <= 0 ? [] : EntriesBelow(bytes, node);
    }

    private IEnumerable<(string Form, string Lemma, string Tag)> EntriesBelow(byte[] prefix, int node)
    {
        var walker = new Cfsa2SequenceWalker(Automaton);
        walker.Reset(node);
        byte separator = Info.Separator;
        byte[] sequenceBuffer = new byte[64];
        while (MoveNextOrThrow(walker))
        {
            int total = prefix.Length + walker.Current.Length;
            if (sequenceBuffer.Length < total)
                sequenceBuffer = new byte[total * 2];
            prefix.CopyTo(sequenceBuffer, 0);
            walker.Current.CopyTo(sequenceBuffer.AsSpan(prefix.Length));
            ReadOnlySpan<byte> sequence = sequenceBuffer.AsSpan(0, total);
            if (!TrySplit(sequence, separator, out int first, out int second))
                continue;
            ReadOnlySpan<byte> form = sequence[..first];
            string lemma = DecodeLemma(form, sequence[(first + 1)..second]);
            string tag = Intern(_tags, sequence[(second + 1)..]);
            yield return (Encoding.UTF8.GetString(form), lemma, tag);
        }
    }

    private bool MoveNextOrThrow(Cfsa2SequenceWalker walker)
    {
        try
        {
            return walker.MoveNext();
        }
        catch (IndexOutOfRangeException e)
        {
            throw Truncated(e);
        }
    }

    private DictionaryCorruptException Truncated(Exception inner) =>
        new($"{SourceName}: the dictionary automaton is truncated or corrupt; re-run ./kronika setup.", inner);

    private static bool TrySplit(ReadOnlySpan<byte> sequence, byte separator, out int first, out int second)
    {
        first = sequence.IndexOf(separator);
        second = first < 0 ? -1 : sequence[(first + 1)..].IndexOf(separator);
        if (second >= 0)
            second += first + 1;
        return first >= 0 && second >= 0;
    }

    private string DecodeLemma(ReadOnlySpan<byte> form, ReadOnlySpan<byte> code)
    {
        int max = LemmaDecoder.MaxLength(form.Length, code.Length);
        byte[]? rented = null;
        Span<byte> buffer = max <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            int length = LemmaDecoder.Decode(Info.Encoding, form, code, buffer);
            // A malformed code falls back to the form itself rather than throwing mid-analysis.
            return Intern(_lemmas, length < 0 ? form : buffer[..length]);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static string Intern(StringPool pool, ReadOnlySpan<byte> utf8)
    {
        int max = utf8.Length; // UTF-8 never yields more UTF-16 units than bytes
        char[]? rented = null;
        Span<char> chars = max <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(max));
        try
        {
            int length = Encoding.UTF8.GetChars(utf8, chars);
            return pool.Intern(chars[..length]);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<char>.Shared.Return(rented);
        }
    }
}
