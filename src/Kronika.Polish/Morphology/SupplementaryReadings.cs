using Kronika.Core.Text;

namespace Kronika.Polish.Morphology;

/// <summary>
/// Readings the dictionary lacks, from <c>data/extra-readings.txt</c>: they are added to what the
/// dictionary says of a form (looked up in lower case), never in place of it.
/// </summary>
public sealed class SupplementaryReadings : IWordAnalyzer
{
    public const string FileName = "extra-readings.txt";

    private readonly Dictionary<string, MorphAnalysis[]> _readings;

    public SupplementaryReadings(IEnumerable<string> lines)
    {
        var readings = new Dictionary<string, List<MorphAnalysis>>(StringComparer.Ordinal);
        foreach (string line in lines)
        {
            string[] columns = line.Split('\t');
            if (columns.Length != 3)
            {
                throw new FormatException($"{FileName}: expected form, lemma and tag separated by tabs: {line}");
            }

            string form = columns[0].ToLowerInvariant();
            if (!readings.TryGetValue(form, out List<MorphAnalysis>? list))
            {
                readings[form] = list = [];
            }

            list.Add(new MorphAnalysis(columns[1], columns[2]));
        }

        _readings = readings.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    public static SupplementaryReadings Load() => new(PolishDataFiles.ReadLines(FileName));

    public IReadOnlyList<MorphAnalysis> Analyze(string form) =>
        _readings.TryGetValue(form.ToLowerInvariant(), out MorphAnalysis[]? found) ? found : [];
}
