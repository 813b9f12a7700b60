using System.Globalization;

namespace Kronika.Ingest.Formats;

/// <summary>Reads the publication dates found in metadata (ISO 8601, RFC 822 in feeds) as the calendar date the source wrote.</summary>
public static class PublicationDate
{
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            return date;
        }

        // The date as written in its own offset: an article published at 23:30+02:00 belongs to that day, not to UTC's.
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out DateTimeOffset moment)
            ? DateOnly.FromDateTime(moment.DateTime)
            : null;
    }
}
