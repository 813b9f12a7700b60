using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Kronika.Core;
using Kronika.Core.Corpora;
using Kronika.Core.Pipeline;
using Kronika.Core.Text;

namespace Kronika.Polish.Evaluation;

/// <summary>A gold or system time expression: character span, TIMEX3 type and value.</summary>
public sealed record TimexSpan(int Start, int End, string Type, string? Value);

/// <summary>One gold document: its text (gold tokens' forms), date and gold expressions.</summary>
public sealed record TimexGoldDocument(string Name, string Text, DateOnly? Date, IReadOnlyList<TimexSpan> Gold);

/// <summary>
/// TempEval-3 style scores: strict and relaxed span P/R/F1, type accuracy over relaxed matches, value accuracy
/// over the relaxed matches whose gold has a value (<see cref="ValueScored"/>). <see cref="Unscored"/> counts the
/// system's vague references, which the gold's guidelines leave unannotated.
/// </summary>
public sealed record TimexScores(int Documents, int Gold, int System, int Strict, int Relaxed, int TypeCorrect, int ValueCorrect, int ValueScored, int Unscored)
{
    public double StrictPrecision => Metrics.Ratio(Strict, System);
    public double StrictRecall => Metrics.Ratio(Strict, Gold);
    public double StrictF1 => Metrics.F1(StrictPrecision, StrictRecall);
    public double RelaxedPrecision => Metrics.Ratio(Relaxed, System);
    public double RelaxedRecall => Metrics.Ratio(Relaxed, Gold);
    public double RelaxedF1 => Metrics.F1(RelaxedPrecision, RelaxedRecall);
    public double TypeAccuracy => Metrics.Ratio(TypeCorrect, Relaxed);
    public double ValueAccuracy => Metrics.Ratio(ValueCorrect, ValueScored);
    public double ValueF1 => RelaxedF1 * ValueAccuracy;
}

/// <summary>Scores the time tagger against KPWr TIMEX3 annotations (CCL) and the Duckling Polish time corpus.</summary>
public static partial class TimexEvaluator
{
    private static readonly string[] Channels = ["t3_date", "t3_time", "t3_duration", "t3_set"];

    /// <summary>Held-out KPWr files: those whose numeric id ends in 0 or 5.</summary>
    public static bool IsHeldOut(string cclPath)
    {
        string digits = new([.. Path.GetFileNameWithoutExtension(cclPath).Where(char.IsAsciiDigit)]);
        return digits.Length > 0 && digits[^1] is '0' or '5';
    }

    /// <summary>Reads a CCL file and the <c>date =</c> line of its .ini; the text is the gold tokens' forms, spaced as <c>ns</c> says.</summary>
    public static TimexGoldDocument ReadCcl(string path)
    {
        var text = new StringBuilder();
        var gold = new List<TimexSpan>();
        foreach (CclSentence sentence in CclReader.Read(path))
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            var starts = new int[sentence.Tokens.Count];
            var ends = new int[sentence.Tokens.Count];
            for (int i = 0; i < sentence.Tokens.Count; i++)
            {
                starts[i] = text.Length;
                text.Append(sentence.Tokens[i].Orth);
                ends[i] = text.Length;
                if (!sentence.Tokens[i].NoSpaceAfter && i + 1 < sentence.Tokens.Count)
                {
                    text.Append(' ');
                }
            }

            foreach (string channel in Channels)
            {
                for (int i = 0; i < sentence.Tokens.Count;)
                {
                    int number = sentence.Tokens[i].Channels.GetValueOrDefault(channel);
                    if (number == 0)
                    {
                        i++;
                        continue;
                    }

                    int j = i + 1;
                    while (j < sentence.Tokens.Count && sentence.Tokens[j].Channels.GetValueOrDefault(channel) == number)
                    {
                        j++;
                    }

                    string type = channel[3..].ToUpperInvariant();
                    gold.Add(new TimexSpan(starts[i], ends[j - 1], type, sentence.Tokens[i].Props.GetValueOrDefault(channel + ":val")));
                    i = j;
                }
            }
        }

        return new TimexGoldDocument(path, text.ToString(), ReadIniDate(Path.ChangeExtension(path, ".ini")), gold);
    }

    private static DateOnly? ReadIniDate(string ini)
    {
        if (!File.Exists(ini))
        {
            return null;
        }

        foreach (string line in File.ReadLines(ini))
        {
            string[] parts = line.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && parts[0] == "date"
                && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// Runs the pipeline on each document and scores it against the gold expressions, following KPWr's
    /// conventions where they differ from plain TIMEX3 in notation only: vague references (<c>teraz</c>,
    /// <c>niedawno</c>: PRESENT_REF, PAST_REF) are not annotated in KPWr, so they are left out of the scoring;
    /// sets carry no value in KPWr, so their values are not scored; and KPWr writes a duration of unknown
    /// amount (<c>kilka lat</c>, TIMEX3 PXY) as VAGUE.
    /// </summary>
    public static TimexScores Score(Pipeline pipeline, IEnumerable<TimexGoldDocument> documents, TextWriter? errors = null)
    {
        int docs = 0, goldCount = 0, systemCount = 0, strict = 0, relaxed = 0, typeOk = 0, valueOk = 0, valueScored = 0, unscored = 0;
        foreach (TimexGoldDocument gold in documents)
        {
            docs++;
            Document document = pipeline.Process(Document.Create(gold.Text, new DocumentInfo(Date: gold.Date)));
            unscored += document.Times.Count(t => IsVagueReference(t.Value));
            List<TimexSpan> system = [.. document.Times.Where(t => !IsVagueReference(t.Value)).Select(t => new TimexSpan(t.Start, t.End, t.TypeName, t.Value))];
            goldCount += gold.Gold.Count;
            systemCount += system.Count;
            strict += gold.Gold.Count(g => system.Any(s => s.Start == g.Start && s.End == g.End));
            var used = new HashSet<int>();
            foreach (TimexSpan g in gold.Gold)
            {
                int match = system.FindIndex(s => s.Start < g.End && g.Start < s.End && !used.Contains(system.IndexOf(s)));
                if (match < 0)
                {
                    errors?.WriteLine($"  missed [{gold.Text[g.Start..g.End]}] {g.Type} {g.Value}");
                    continue;
                }

                used.Add(match);
                relaxed++;
                if (errors is not null && ((!string.IsNullOrEmpty(g.Value) && !SameValue(g.Value, system[match].Value)) || system[match].Start != g.Start || system[match].End != g.End))
                {
                    errors.WriteLine($"  gold [{gold.Text[g.Start..g.End]}] {g.Type} {g.Value}\tsystem [{gold.Text[system[match].Start..system[match].End]}] {system[match].Type} {system[match].Value}");
                }
                typeOk += system[match].Type == g.Type ? 1 : 0;
                if (!string.IsNullOrEmpty(g.Value))
                {
                    valueScored++;
                    valueOk += SameValue(g.Value, system[match].Value) ? 1 : 0;
                }
            }

            if (errors is not null)
            {
                foreach (TimexSpan extra in system.Where((_, i) => !used.Contains(i)))
                {
                    errors.WriteLine($"  spurious [{gold.Text[extra.Start..extra.End]}] {extra.Type} {extra.Value}");
                }
            }
        }

        return new TimexScores(docs, goldCount, systemCount, strict, relaxed, typeOk, valueOk, valueScored, unscored);
    }

    private static bool IsVagueReference(string? value) => value is not null && value.EndsWith("_REF", StringComparison.Ordinal);

    /// <summary>Equal values, case aside; KPWr's VAGUE equals a duration with an unknown amount (PXY, PTXH).</summary>
    private static bool SameValue(string gold, string? system) =>
        string.Equals(gold, system, StringComparison.OrdinalIgnoreCase)
        || (gold == "VAGUE" && system is not null && system.StartsWith('P') && system.Contains('X', StringComparison.Ordinal));

    /// <summary>Duckling example: the phrase and the TIMEX3 value its expected datetime has at its grain.</summary>
    public sealed record DucklingExample(string Phrase, string Expected);

    /// <summary>Duckling's reference time for the Polish corpus: Tuesday 2013-02-12, 04:30.</summary>
    public static readonly DateOnly DucklingReference = new(2013, 2, 12);

    /// <summary>
    /// Parses <c>examples (datetime (y, m, d, h, mi, s) Grain) ["phrase", …]</c> blocks, holidays
    /// (<c>datetimeHoliday (…) Day "name"</c>: their date), and intervals that are one TIMEX3 value: a part of a
    /// day (<c>dziś wieczorem</c>, 18:00 to midnight: …TEV) or a weekend (Friday 18:00 to Monday: …-WE). Other
    /// intervals (<c>ostatnie 2 dni</c>, <c>9:30 - 11:00</c>) and open intervals have no single TIMEX3 value and
    /// are counted as skipped phrases, as are seconds other than "now".
    /// </summary>
    public static (List<DucklingExample> Examples, int Skipped) ReadDuckling(string path)
    {
        string source = File.ReadAllText(path);
        var examples = new List<DucklingExample>();
        int skipped = 0;
        MatchCollection blocks = Block().Matches(source);
        foreach (Match block in blocks)
        {
            string[] phrases = [.. Phrase().Matches(block.Groups["list"].Value).Select(m => m.Groups[1].Value)];
            string? expected = block.Groups["kind"].Value switch
            {
                "datetime" or "datetimeHoliday" => Expected(block.Groups["args"].Value, block.Groups["grain"].Value),
                "datetimeInterval" => Interval(block.Groups["from"].Value, block.Groups["to"].Value),
                _ => null,
            };
            if (expected is null)
            {
                skipped += phrases.Length;
                continue;
            }

            examples.AddRange(phrases.Select(p => new DucklingExample(p, expected)));
        }

        return (examples, skipped);
    }

    /// <summary>The TIMEX3 value of an interval that is a part of one day or a weekend, or null.</summary>
    private static string? Interval(string from, string to)
    {
        if (Moment(from) is not { } start || Moment(to) is not { } end)
        {
            return null;
        }

        string day = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string? part = (start.Hour, end - start) switch
        {
            (4, { TotalHours: 8 }) => "MO",
            (12, { TotalHours: 7 }) => "AF",
            (18, { TotalHours: 6 }) => "EV",
            _ => null,
        };
        if (part is not null)
        {
            return $"{day}T{part}";
        }

        if (start.DayOfWeek == DayOfWeek.Friday && start.Hour == 18 && end == start.Date.AddDays(3))
        {
            return $"{ISOWeek.GetYear(start):D4}-W{ISOWeek.GetWeekOfYear(start):D2}-WE";
        }

        return null;
    }

    private static DateTime? Moment(string args)
    {
        int[] n = [.. args.Split(',', StringSplitOptions.TrimEntries).Select(a => int.Parse(a, CultureInfo.InvariantCulture))];
        return n.Length == 6 && n[0] is >= 1 and <= 9999 && n[1] is >= 1 and <= 12 && n[2] >= 1 && n[2] <= DateTime.DaysInMonth(n[0], n[1])
            && n[3] is >= 0 and < 24 && n[4] is >= 0 and < 60 && n[5] is >= 0 and < 60
            ? new DateTime(n[0], n[1], n[2], n[3], n[4], n[5], DateTimeKind.Unspecified)
            : null;
    }

    private static string? Expected(string args, string grain)
    {
        int[] n = [.. args.Split(',', StringSplitOptions.TrimEntries).Select(a => int.Parse(a, CultureInfo.InvariantCulture))];
        if (n.Length != 6 || n[0] is < 1 or > 9999 || n[1] is < 1 or > 12 || n[2] < 1 || n[2] > DateTime.DaysInMonth(n[0], n[1]))
        {
            return null;
        }

        var date = new DateOnly(n[0], n[1], n[2]);
        return grain switch
        {
            "Year" => $"{n[0]:D4}",
            "Quarter" => $"{n[0]:D4}-Q{((n[1] - 1) / 3) + 1}",
            "Month" => $"{n[0]:D4}-{n[1]:D2}",
            "Week" => $"{ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)):D2}",
            "Day" => $"{n[0]:D4}-{n[1]:D2}-{n[2]:D2}",
            "Hour" => $"{n[0]:D4}-{n[1]:D2}-{n[2]:D2}T{n[3]:D2}:00",
            "Minute" => $"{n[0]:D4}-{n[1]:D2}-{n[2]:D2}T{n[3]:D2}:{n[4]:D2}",
            // The reference moment itself is "now"; other seconds are beyond what news needs.
            "Second" => date == DucklingReference && n[3] == 4 && n[4] == 30 && n[5] == 0 ? "PRESENT_REF" : null,
            _ => null,
        };
    }

    /// <summary>Runs each phrase as a document dated at the reference day; correct when its longest expression has the value.</summary>
    public static (int Correct, int Total, List<(DucklingExample Example, string? Got)> Errors) ScoreDuckling(Pipeline pipeline, IEnumerable<DucklingExample> examples)
    {
        int correct = 0, total = 0;
        var errors = new List<(DucklingExample, string?)>();
        foreach (DucklingExample example in examples)
        {
            total++;
            Document document = pipeline.Process(Document.Create(example.Phrase, new DocumentInfo(Date: DucklingReference)));
            TimeExpression? best = document.Times.Length == 0 ? null : document.Times.MaxBy(t => t.End - t.Start);
            if (best?.Value == example.Expected)
            {
                correct++;
            }
            else
            {
                errors.Add((example, best?.Value));
            }
        }

        return (correct, total, errors);
    }

    [GeneratedRegex(@"examples\s*\((?<kind>\w+)\s*(?:\((?<args>[^()]*)\)\s*(?<grain>\w+)|\(\((?<from>[^()]*)\),\s*\((?<to>[^()]*)\)\)\s*(?<grain>\w+))?[^\[]*\[(?<list>[^\]]*)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Block();

    [GeneratedRegex(@"""((?:[^""\\]|\\.)*)""", RegexOptions.CultureInvariant)]
    private static partial Regex Phrase();
}
