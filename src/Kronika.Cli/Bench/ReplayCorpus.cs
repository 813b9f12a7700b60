using System.Globalization;
using System.Text.Json;

namespace Kronika.Cli.Bench;

/// <summary>
/// A large archive's worth of articles made from a small corpus: copy <c>n</c> is original
/// <c>n mod count</c> with its own publication date (2020–2025), outlet, URL and a last line naming the
/// outlet, date and copy number, so that its text and hence its hash differ from every other copy's. The
/// copies are the same for a given seed on every run, so an archive built in steps holds the same articles
/// as one built at once. Written as JSON Lines, the form <c>kronika ingest</c> reads.
/// </summary>
internal sealed class ReplayCorpus
{
    private const int Outlets = 7;
    private static readonly DateOnly First = new(2020, 1, 1);
    private static readonly int Days = new DateOnly(2025, 12, 31).DayNumber - First.DayNumber + 1;

    private readonly IReadOnlyList<string> originals;
    private readonly int seed;

    public ReplayCorpus(IReadOnlyList<string> originals, int seed)
    {
        ArgumentNullException.ThrowIfNull(originals);
        if (originals.Count == 0)
        {
            throw new ArgumentException("the corpus holds no articles", nameof(originals));
        }

        this.originals = originals;
        this.seed = seed;
    }

    /// <summary>Copy <paramref name="index"/> as one JSON Lines object.</summary>
    public string Line(int index)
    {
        var random = new Random(unchecked((seed * 1_000_003) + index));
        DateOnly date = First.AddDays(random.Next(Days));
        int outlet = random.Next(Outlets) + 1;
        string host = $"replay-{outlet}.example";
        string original = originals[index % originals.Count].Trim();
        int titleEnd = original.IndexOf('\n', StringComparison.Ordinal);
        string title = (titleEnd > 0 ? original[..titleEnd] : original).Trim();
        string day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var article = new ReplayedArticle(
            title,
            $"{original}\n\n{host}, {day}, nr {index.ToString(CultureInfo.InvariantCulture)}.",
            day,
            $"https://{host}/{date.Year}/{date.Month:D2}/{index.ToString(CultureInfo.InvariantCulture)}",
            host);
        return JsonSerializer.Serialize(article, ReplayJsonContext.Default.ReplayedArticle);
    }

    /// <summary>Writes copies <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive) to a JSON Lines file.</summary>
    public void Write(string path, int from, int to)
    {
        using var writer = new StreamWriter(path);
        for (int i = from; i < to; i++)
        {
            writer.Write(Line(i));
            writer.Write('\n');
        }
    }
}

internal sealed record ReplayedArticle(string Title, string Text, string Date, string Url, string Source);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(ReplayedArticle))]
internal sealed partial class ReplayJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
