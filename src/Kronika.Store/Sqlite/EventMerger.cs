using System.Globalization;
using Kronika.Core.Output;
using Microsoft.Data.Sqlite;

namespace Kronika.Store.Sqlite;

/// <summary>
/// Finds the archive event an article's event belongs to, or starts one, and recomputes an archive
/// event from its mentions. Two reports are one event when they have the same PLOVER type, CAMEO root and
/// source and target archive-entity sets, dates within a day and compatible places (the same, or one
/// unknown). An undated event, or one without any actor, merges only within its own article: across
/// articles nothing says it is the same occurrence. Rules in full: docs/archive.md.
/// </summary>
internal sealed class EventMerger(Func<string, SqliteCommand> prepared)
{
    /// <summary>Statuses by precedence when no report asserts the event and two are equally common.</summary>
    private static readonly string[] StatusPrecedence = ["asserted", "claimed", "denied", "negated", "future", "conditional", "hypothetical"];

    private SqliteCommand ByDay => prepared("SELECT id, location_id, day FROM events WHERE merge_key = $key AND single_document IS NULL AND day BETWEEN $low AND $high");
    private SqliteCommand ByValue => prepared("SELECT id, location_id, day FROM events WHERE merge_key = $key AND single_document IS NULL AND day IS NULL AND date = $date");
    private SqliteCommand InDocument => prepared("SELECT id, location_id, day FROM events WHERE merge_key = $key AND single_document = $d AND coalesce(date, '') = coalesce($date, '')");
    private SqliteCommand CreateEvent => prepared("""
        INSERT INTO events (merge_key, type, mode, cameo, date, day, location_id, status, single_document)
        VALUES ($key, $type, $mode, $cameo, $date, $day, $location, $status, $single) RETURNING id
        """);
    private SqliteCommand AddActor => prepared("INSERT INTO event_actors (event_id, entity_id, side) VALUES ($e, $entity, $side)");
    private SqliteCommand MentionsOf => prepared("""
        SELECT m.mode, m.cameo, m.date, m.location_id, m.status, m.document_id, coalesce(d.outlet, 'document:' || d.id)
        FROM event_mentions m JOIN documents d ON d.id = m.document_id WHERE m.event_id = $e
        """);
    private SqliteCommand DeleteEvent => prepared("DELETE FROM events WHERE id = $e");
    private SqliteCommand UpdateEvent => prepared("""
        UPDATE events SET mode = $mode, cameo = $cameo, date = $date, day = $day, location_id = $location, status = $status,
            num_mentions = $mentions, num_sources = $sources, num_articles = $articles
        WHERE id = $e
        """);

    /// <summary>The archive event for this report: an existing one it matches, else a new one (<c>Created</c>).</summary>
    public (long Id, bool Created) Merge(long document, EventRecord e, long[] source, long[] target, long? location)
    {
        string key = MergeKey(e, source, target);
        string? day = Day(e.Date);
        bool local = e.Date is null || (source.Length == 0 && target.Length == 0);
        SqliteCommand query;
        if (local)
        {
            query = InDocument.With("$key", key).With("$d", document).With("$date", e.Date);
        }
        else if (day is not null)
        {
            DateOnly date = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            query = ByDay.With("$key", key).With("$low", Format(date.AddDays(-1))).With("$high", Format(date.AddDays(1)));
        }
        else
        {
            query = ByValue.With("$key", key).With("$date", e.Date);
        }

        // Of the candidates with a compatible place, the nearest in date, then the oldest: deterministic.
        var best = query.Rows(r => (Id: r.GetInt64(0), Location: r.LongOrNull(1), Day: r.StringOrNull(2)))
            .Where(c => c.Location is null || location is null || c.Location == location)
            .OrderBy(c => DayDistance(c.Day, day))
            .ThenBy(c => c.Id)
            .Select(c => (long?)c.Id)
            .FirstOrDefault();
        if (best is { } found)
        {
            return (found, false);
        }

        long id = CreateEvent.With("$key", key).With("$type", e.Type).With("$mode", e.Mode).With("$cameo", e.Cameo).With("$date", e.Date)
            .With("$day", day).With("$location", location).With("$status", e.Status).With("$single", local ? document : null).Long();
        foreach ((long[] side, string name) in new[] { (source, "source"), (target, "target") })
        {
            foreach (long entity in side)
            {
                AddActor.With("$e", id).With("$entity", entity).With("$side", name).ExecuteNonQuery();
            }
        }

        return (id, true);
    }

    /// <summary>
    /// Sets an archive event's counts and its consensus fields from its mentions, or deletes it when no
    /// mention is left: the date is the commonest calendar day (ties: the earliest), the place the commonest
    /// known one, the status <c>asserted</c> when any report asserts it, else the commonest (ties by
    /// <see cref="StatusPrecedence"/>).
    /// </summary>
    public void Recompute(long id)
    {
        var rows = MentionsOf.With("$e", id).Rows(r => (
            Mode: r.StringOrNull(0), Cameo: r.StringOrNull(1), Date: r.StringOrNull(2), Location: r.LongOrNull(3),
            Status: r.GetString(4), Document: r.GetInt64(5), Outlet: r.GetString(6)));
        if (rows.Count == 0)
        {
            DeleteEvent.With("$e", id).ExecuteNonQuery();
            return;
        }

        string? day = Commonest(rows.Select(r => Day(r.Date)).OfType<string>(), StringComparer.Ordinal);
        string? date = day ?? Commonest(rows.Select(r => r.Date).OfType<string>(), StringComparer.Ordinal);
        long? location = rows.Where(r => r.Location is not null).GroupBy(r => r.Location!.Value)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (long?)g.Key).FirstOrDefault();
        string status = rows.Any(r => r.Status == "asserted")
            ? "asserted"
            : rows.GroupBy(r => r.Status).OrderByDescending(g => g.Count()).ThenBy(g => Precedence(g.Key)).First().Key;
        UpdateEvent.With("$e", id)
            .With("$mode", Commonest(rows.Select(r => r.Mode).OfType<string>(), StringComparer.Ordinal))
            .With("$cameo", Commonest(rows.Select(r => r.Cameo).OfType<string>(), StringComparer.Ordinal))
            .With("$date", date).With("$day", day).With("$location", location).With("$status", status)
            .With("$mentions", rows.Count)
            .With("$sources", rows.Select(r => r.Outlet).Distinct(StringComparer.Ordinal).Count())
            .With("$articles", rows.Select(r => r.Document).Distinct().Count())
            .ExecuteNonQuery();
    }

    /// <summary>What two reports must share to be one event: type, CAMEO root, and both actor sets.</summary>
    private static string MergeKey(EventRecord e, long[] source, long[] target)
    {
        string root = e.Cameo is { Length: >= 2 } cameo ? cameo[..2] : "";
        return $"{e.Type}|{root}|{string.Join(',', source)}|{string.Join(',', target)}";
    }

    /// <summary>The calendar day of a TIMEX3 value (<c>2024-06-19TEV</c> → <c>2024-06-19</c>), null for a week, month or vaguer value.</summary>
    internal static string? Day(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? value[..10]
            : null;

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int DayDistance(string? a, string? b) =>
        a is null || b is null ? 0 : Math.Abs(DateOnly.ParseExact(a, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber - DateOnly.ParseExact(b, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber);

    private static int Precedence(string status)
    {
        int index = Array.IndexOf(StatusPrecedence, status);
        return index < 0 ? StatusPrecedence.Length : index;
    }

    /// <summary>The most frequent value; ties go to the smallest in <paramref name="order"/>.</summary>
    private static string? Commonest(IEnumerable<string> values, IComparer<string> order) =>
        values.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, order).Select(g => g.Key).FirstOrDefault();
}
