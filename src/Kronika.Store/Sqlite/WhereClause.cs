using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Kronika.Store.Sqlite;

/// <summary>
/// The filters of one query: fixed SQL fragments joined with AND, each value bound as a parameter. The
/// same clause serves the page query and its count, so the total always counts what the pages show.
/// </summary>
internal sealed class WhereClause
{
    private readonly List<string> conditions = [];
    private readonly List<(string Name, object? Value)> parameters = [];

    /// <summary>Adds a condition; <paramref name="sql"/> names its value <c>$p</c>, replaced by a fresh parameter name.</summary>
    public WhereClause Add(string sql, object? value)
    {
        string name = "$p" + parameters.Count.ToString(CultureInfo.InvariantCulture);
        conditions.Add(sql.Replace("$p", name, StringComparison.Ordinal));
        parameters.Add((name, value));
        return this;
    }

    /// <summary>A condition without a value.</summary>
    public WhereClause Add(string sql)
    {
        conditions.Add(sql);
        return this;
    }

    /// <summary>A condition no row meets: a filter that names nothing the archive knows.</summary>
    public WhereClause Never() => Add("0");

    public override string ToString() =>
        conditions.Count == 0 ? "" : " WHERE " + new StringBuilder().AppendJoin(" AND ", conditions.Select(c => "(" + c + ")"));

    public SqliteCommand Bind(SqliteCommand command)
    {
        foreach ((string name, object? value) in parameters)
        {
            command.With(name, value);
        }

        return command;
    }

    /// <summary>
    /// One page of <c>SELECT columns FROM from WHERE … ORDER BY orderBy</c> and the count of all rows the
    /// filters let through.
    /// </summary>
    public Page<T> Page<T>(SqliteConnection connection, string columns, string from, string orderBy, PageRequest? request, Func<SqliteDataReader, T> row)
    {
        PageRequest page = Clamp(request);
        int total = (int)Bind(connection.Command($"SELECT COUNT(*) FROM {from}{this}")).Long();
        List<T> items = Bind(connection.Command($"SELECT {columns} FROM {from}{this} ORDER BY {orderBy} LIMIT $limit OFFSET $offset"))
            .With("$limit", page.Limit).With("$offset", page.Offset)
            .Rows(row);
        return new Page<T>(items, total, page.Offset, page.Limit);
    }

    /// <summary>
    /// Filters by an entity named by id, knowledge-base id or name: <paramref name="sql"/> gets the matching
    /// archive ids as a JSON array in <c>$p</c>; a name that matches nothing lets no row through.
    /// </summary>
    public WhereClause AddEntities(EntityLookup lookup, string? idOrName, string sql)
    {
        if (string.IsNullOrWhiteSpace(idOrName))
        {
            return this;
        }

        List<long> ids = lookup.Resolve(idOrName);
        return ids.Count == 0 ? Never() : Add(sql, JsonIds.Write(ids));
    }

    /// <summary>A window within the bounds of <see cref="PageRequest"/>: offset at least 0, limit 1 to the maximum.</summary>
    public static PageRequest Clamp(PageRequest? page)
    {
        page ??= new PageRequest();
        return new PageRequest(Math.Max(0, page.Offset), Math.Clamp(page.Limit, 1, PageRequest.MaxLimit));
    }

    /// <summary>A LIKE pattern matching <paramref name="text"/> anywhere, its wildcards escaped (use with <c>ESCAPE '\'</c>).</summary>
    public static string Contains(string text) =>
        "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
