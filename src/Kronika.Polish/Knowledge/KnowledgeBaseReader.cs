using System.Collections.Immutable;
using System.Globalization;

namespace Kronika.Polish.Knowledge;

/// <summary>
/// Parses the knowledge-base files (format described at the top of each file in <c>data/kb/</c>): one
/// record per line, fields separated by <c> | </c>, lists by <c>;</c>, <c>#</c> comments; in
/// <c>people.txt</c> indented lines are the tenures of the person above them.
/// </summary>
public static class KnowledgeBaseReader
{
    public static ImmutableArray<Country> ReadCountries(string file, IEnumerable<string> lines) =>
        Records(file, lines, 7).Select(r => new Country(
            Code(r, 0),
            Required(r, 1),
            r.List(2),
            r.List(3),
            r.List(4),
            r.Optional(5),
            r.List(6))).ToImmutableArray();

    public static ImmutableArray<Organization> ReadOrganizations(string file, IEnumerable<string> lines) =>
        Records(file, lines, 6).Select(r => new Organization(
            Required(r, 0),
            Required(r, 1),
            r.List(2),
            r.Optional(3),
            r.Optional(4),
            r.Optional(5) ?? "other")).ToImmutableArray();

    public static ImmutableArray<RoleDefinition> ReadRoles(string file, IEnumerable<string> lines) =>
        Records(file, lines, 3).Select(r => new RoleDefinition(Required(r, 0), r.List(1), r.Optional(2))).ToImmutableArray();

    public static ImmutableArray<Person> ReadPeople(string file, IEnumerable<string> lines)
    {
        var people = ImmutableArray.CreateBuilder<Person>();
        Record? person = null;
        var tenures = ImmutableArray.CreateBuilder<Tenure>();
        foreach (Record r in Records(file, lines, null))
        {
            if (r.Indented)
            {
                if (person is null)
                {
                    throw r.Error("a tenure line comes before any person");
                }

                r.RequireFields(5);
                tenures.Add(new Tenure(Required(r, 0), Required(r, 1), r.Optional(2), Date(r, 3, last: false), Date(r, 4, last: true)));
                continue;
            }

            Flush();
            r.RequireFields(5);
            person = r;
        }

        Flush();
        return people.ToImmutable();

        void Flush()
        {
            if (person is { } p)
            {
                string gender = Required(p, 4);
                if (gender is not ("m" or "f"))
                {
                    throw p.Error($"gender must be m or f, not '{gender}'");
                }

                people.Add(new Person(Required(p, 0), Required(p, 1), p.List(2), p.Optional(3), gender[0], tenures.ToImmutable()));
                tenures.Clear();
            }
        }
    }

    private static IEnumerable<Record> Records(string file, IEnumerable<string> lines, int? fields)
    {
        int number = 0;
        foreach (string raw in lines)
        {
            number++;
            int hash = raw.IndexOf('#');
            string line = hash >= 0 ? raw[..hash] : raw;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var record = new Record(file, number, char.IsWhiteSpace(line[0]), line.Split('|').Select(f => f.Trim()).ToArray());
            if (fields is { } n)
            {
                record.RequireFields(n);
            }

            yield return record;
        }
    }

    private static string Required(Record r, int index) =>
        r.Optional(index) ?? throw r.Error($"field {index + 1} must not be empty");

    private static string Code(Record r, int index)
    {
        string code = Required(r, index);
        if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
        {
            throw r.Error($"'{code}' is not an alpha-3 code");
        }

        return code;
    }

    /// <summary>A date of the form YYYY, YYYY-MM or YYYY-MM-DD: its first day, or with <paramref name="last"/> its last.</summary>
    private static DateOnly? Date(Record r, int index, bool last)
    {
        string? text = r.Optional(index);
        if (text is null)
        {
            return null;
        }

        string[] parts = text.Split('-');
        if (parts.Length > 3 || !parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            throw r.Error($"'{text}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }

        int year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        int month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : (last ? 12 : 1);
        if (year is < 1 or > 9999 || month is < 1 or > 12)
        {
            throw r.Error($"'{text}' is not a date");
        }

        int maxDay = DateTime.DaysInMonth(year, month);
        int day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : (last ? maxDay : 1);
        if (day < 1 || day > maxDay)
        {
            throw r.Error($"'{text}' is not a date");
        }

        return new DateOnly(year, month, day);
    }

    private sealed record Record(string File, int Line, bool Indented, string[] Fields)
    {
        public string? Optional(int index) =>
            index < Fields.Length && Fields[index] is { Length: > 0 } f && f != "-" ? f : null;

        public ImmutableArray<string> List(int index) =>
            Optional(index) is { } f
                ? f.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToImmutableArray()
                : [];

        public void RequireFields(int count)
        {
            if (Fields.Length != count)
            {
                throw Error($"expected {count} fields separated by ' | ', found {Fields.Length}");
            }
        }

        public KnowledgeBaseFormatException Error(string message) => new($"{File}:{Line}: {message}");
    }
}
