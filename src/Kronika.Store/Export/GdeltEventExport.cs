using System.Globalization;
using System.Text;

namespace Kronika.Store.Export;

/// <summary>
/// <c>kronika export --format gdelt-csv</c>: the archive events as rows of the GDELT 2.0 event table — its
/// 61 columns in order, tab-separated as GDELT writes them, one event per line, no header — filled where
/// Kronika has the field. Which stay empty and why: docs/archive.md.
/// </summary>
public static class GdeltEventExport
{
    /// <summary>The GDELT 2.0 event table's columns, in file order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
        .. ActorColumns("Actor1"), .. ActorColumns("Actor2"),
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        .. GeoColumns("Actor1Geo"), .. GeoColumns("Actor2Geo"), .. GeoColumns("ActionGeo"),
        "DATEADDED", "SOURCEURL",
    ];

    public static int Write(IArchiveStore store, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        int count = 0;
        foreach (ArchiveEvent e in ArchiveEvents.All(store))
        {
            output.Write(Row(e));
            output.Write('\n');
            count++;
        }

        return count;
    }

    /// <summary>One event as a GDELT row: 61 fields joined by tabs.</summary>
    public static string Row(ArchiveEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["GlobalEventID"] = Number(e.Id),
            ["IsRootEvent"] = e.Mentions.Any(m => m.Sentence.Start == 0) ? "1" : "0",
            ["NumMentions"] = Number(e.NumMentions),
            ["NumSources"] = Number(e.NumSources),
            ["NumArticles"] = Number(e.NumArticles),
            ["DATEADDED"] = e.Added.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture),
            ["SOURCEURL"] = Clean(e.Mentions.Select(m => m.Url).FirstOrDefault(u => u is not null)),
        };
        if (Day(e) is { } day)
        {
            fields["Day"] = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            fields["MonthYear"] = day.ToString("yyyyMM", CultureInfo.InvariantCulture);
            fields["Year"] = day.ToString("yyyy", CultureInfo.InvariantCulture);
            // GDELT's approximation: the year plus the day's share of it, four decimals.
            fields["FractionDate"] = (day.Year + (day.DayOfYear / 365.0)).ToString("F4", CultureInfo.InvariantCulture);
        }

        Actor(fields, "Actor1", e.Source.FirstOrDefault());
        Actor(fields, "Actor2", e.Target.FirstOrDefault(t => e.Source.Count == 0 || t.Id != e.Source[0].Id) ?? e.Target.FirstOrDefault());
        if (e.Cameo is { Length: >= 2 } cameo)
        {
            fields["EventCode"] = cameo;
            fields["EventBaseCode"] = cameo[..Math.Min(3, cameo.Length)];
            fields["EventRootCode"] = cameo[..2];
            if (QuadClass(cameo) is { } quad)
            {
                fields["QuadClass"] = Number(quad);
            }
        }

        if (e.Location is { } place)
        {
            fields["ActionGeo_Type"] = place.Type == "COUNTRY" ? "1" : "4";
            fields["ActionGeo_FullName"] = Clean(place.Name);
        }

        var row = new StringBuilder();
        for (int i = 0; i < Columns.Count; i++)
        {
            if (i > 0)
            {
                row.Append('\t');
            }

            row.Append(fields.GetValueOrDefault(Columns[i], ""));
        }

        return row.ToString();
    }

    /// <summary>
    /// GDELT's four classes by CAMEO root: 01–05 verbal cooperation, 06–09 material cooperation, 10–14
    /// verbal conflict, 15–20 material conflict.
    /// </summary>
    public static int? QuadClass(string cameo)
    {
        if (cameo.Length < 2 || !int.TryParse(cameo.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int root))
        {
            return null;
        }

        return root switch
        {
            >= 1 and <= 5 => 1,
            >= 6 and <= 9 => 2,
            >= 10 and <= 14 => 3,
            >= 15 and <= 20 => 4,
            _ => null,
        };
    }

    /// <summary>The event's day, else (as GDELT dates an event by its reports) the earliest article's date.</summary>
    private static DateOnly? Day(ArchiveEvent e)
    {
        foreach (string? value in new[] { e.Date }.Concat(e.Mentions.Select(m => m.Published).Order(StringComparer.Ordinal)))
        {
            if (value is { Length: >= 10 } && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day))
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>Actor code, upper-case name and country; the actor code's second part (GOV, MIL…) is its first type code.</summary>
    private static void Actor(Dictionary<string, string> fields, string prefix, EntityRef? actor)
    {
        if (actor is null)
        {
            return;
        }

        fields[prefix + "Code"] = Clean(actor.Actor ?? actor.Country);
        fields[prefix + "Name"] = Clean(actor.Name.ToUpperInvariant());
        fields[prefix + "CountryCode"] = Clean(actor.Country);
        if (actor.Actor is { Length: 6 } code && actor.Country is { } country && code.StartsWith(country, StringComparison.Ordinal))
        {
            fields[prefix + "Type1Code"] = code[3..];
        }
    }

    private static IEnumerable<string> ActorColumns(string actor) =>
        new[] { "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code" }
            .Select(c => actor + c);

    private static IEnumerable<string> GeoColumns(string geo) =>
        new[] { "_Type", "_FullName", "_CountryCode", "_ADM1Code", "_ADM2Code", "_Lat", "_Long", "_FeatureID" }.Select(c => geo + c);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A field never holds the tab or newline that separate fields and rows.</summary>
    private static string Clean(string? value) =>
        value is null ? "" : value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
