using Microsoft.AspNetCore.Http;
using System.Globalization;
using Kronika.Store;

namespace Kronika.Server;

/// <summary>
/// Reads a request's query values the way the command line reads its options, and collects every value that
/// makes no sense, so that a request gets one 400 problem listing all of them instead of a guess.
/// </summary>
internal sealed class QueryValues
{
    /// <summary>Longest filter text accepted: a name or a few words, not a document.</summary>
    public const int MaxTextLength = 500;

    private static readonly string[] Statuses = ["asserted", "negated", "claimed", "denied", "hypothetical", "conditional", "future"];

    private readonly Dictionary<string, string[]> errors = new(StringComparer.Ordinal);

    public bool Valid => errors.Count == 0;

    public IResult Problem() => Results.ValidationProblem(errors, detail: "One or more query values are not valid.", title: "Invalid query");

    /// <summary>Free text (a name, words): trimmed, empty means absent.</summary>
    public string? Text(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (value.Length > MaxTextLength)
        {
            Add(name, $"At most {MaxTextLength} characters.");
            return null;
        }

        return value.Trim();
    }

    /// <summary>A date as yyyy-MM-dd.</summary>
    public DateOnly? Date(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            return date;
        }

        Add(name, "A date is written yyyy-MM-dd.");
        return null;
    }

    public bool? Flag(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        switch (value.Trim().ToLowerInvariant())
        {
            case "true" or "1" or "yes":
                return true;
            case "false" or "0" or "no":
                return false;
            default:
                Add(name, "Use true or false.");
                return null;
        }
    }

    /// <summary>An event status: one of the values the extraction writes.</summary>
    public string? Status(string name, string? value)
    {
        string? status = Text(name, value)?.ToLowerInvariant();
        if (status is not null && !Statuses.Contains(status, StringComparer.Ordinal))
        {
            Add(name, $"One of: {string.Join(", ", Statuses)}.");
            return null;
        }

        return status;
    }

    /// <summary>The window of results: offset ≥ 0, 1 ≤ limit ≤ <see cref="PageRequest.MaxLimit"/>.</summary>
    public PageRequest Page(string? offset, string? limit)
    {
        int skip = Integer("offset", offset, 0, 0, int.MaxValue);
        int take = Integer("limit", limit, new PageRequest().Limit, 1, PageRequest.MaxLimit);
        return new PageRequest(skip, take);
    }

    /// <summary>Checks a date range once both ends are read.</summary>
    public void Range(DateOnly? from, DateOnly? to)
    {
        if (from is not null && to is not null && from > to)
        {
            Add("from", "The range starts after it ends.");
        }
    }

    private int Integer(string name, string? value, int absent, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return absent;
        }

        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number >= min && number <= max)
        {
            return number;
        }

        Add(name, max == int.MaxValue ? $"A whole number from {min}." : $"A whole number from {min} to {max}.");
        return absent;
    }

    private void Add(string name, string message) => errors[name] = [message];
}
