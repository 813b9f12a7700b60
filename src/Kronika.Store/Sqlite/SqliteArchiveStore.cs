using System.Security.Cryptography;
using System.Text;
using Kronika.Core.Output;
using Microsoft.Data.Sqlite;

namespace Kronika.Store.Sqlite;

/// <summary>
/// The archive in one SQLite file (WAL, foreign keys on, a busy timeout for a second process). Writes go
/// through one connection under a lock, one transaction per <see cref="Put"/> or <see cref="PutMany"/>;
/// reads open a pooled connection each, so that the server may read from many threads while ingest writes.
/// Schema, identity and merge rules: docs/archive.md.
/// </summary>
public sealed partial class SqliteArchiveStore : IArchiveStore
{
    private const int BusyTimeoutMs = 10_000;
    private readonly string connectionString;
    private readonly Lock writeLock = new();
    private SqliteConnection? writer;
    private DocumentWriter? documents;
    private readonly Lock versionLock = new();
    private SqliteConnection? versionWatch;
    private readonly ReadTimeLimit? readLimit;

    private SqliteArchiveStore(string path, string connectionString, TimeSpan? readTimeLimit)
    {
        Path = path;
        this.connectionString = connectionString;
        readLimit = readTimeLimit is { } limit ? new ReadTimeLimit(limit) : null;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>Opens the archive at <paramref name="path"/>, creating it when <paramref name="create"/> allows, and brings its schema up to date.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="create">Whether a missing file is created.</param>
    /// <param name="readTimeLimit">
    /// When set, a read that runs longer is stopped inside SQLite and throws <see cref="ArchiveTimeoutException"/>:
    /// a server gives each request a time budget, and a query that outlives it must not keep a connection busy.
    /// </param>
    /// <exception cref="ArchiveNotFoundException">The file does not exist and <paramref name="create"/> is false.</exception>
    /// <exception cref="ArchiveFormatException">The file is not a Kronika archive this version reads.</exception>
    public static SqliteArchiveStore Open(string path, bool create = true, TimeSpan? readTimeLimit = null)
    {
        if (readTimeLimit is { } limit)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(limit, TimeSpan.Zero, nameof(readTimeLimit));
        }

        ArgumentException.ThrowIfNullOrEmpty(path);
        string full = System.IO.Path.GetFullPath(path);
        if (!create && !File.Exists(full))
        {
            throw new ArchiveNotFoundException(path);
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMs / 1000,
        };
        var store = new SqliteArchiveStore(full, builder.ToString(), readTimeLimit);
        Guard(full, () =>
        {
            using SqliteConnection connection = store.Connect();
            // WAL is a property of the file: set once, kept by every later connection.
            connection.Command("PRAGMA journal_mode = WAL").ExecuteNonQuery();
            SchemaMigrator.Migrate(connection);
        });
        return store;
    }

    /// <summary>The schema version this code writes (PRAGMA user_version).</summary>
    public static int SchemaVersion => SchemaMigrator.CurrentVersion;

    public PutOutcome Put(ArticleMetadata article, string text, ExtractionResult extraction) =>
        PutMany([new ArticleToStore(article, text, extraction)])[0];

    public IReadOnlyList<PutOutcome> PutMany(IReadOnlyList<ArticleToStore> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        lock (writeLock)
        {
            return Guard(Path, () =>
            {
                writer ??= Connect();
                documents ??= new DocumentWriter(writer);
                using SqliteTransaction transaction = writer.BeginTransaction();
                documents.Begin(transaction);
                var outcomes = new PutOutcome[articles.Count];
                for (int i = 0; i < articles.Count; i++)
                {
                    outcomes[i] = PutOne(documents, articles[i]);
                }

                documents.Recount();
                transaction.Commit();
                return outcomes;
            });
        }
    }

    private static PutOutcome PutOne(DocumentWriter facts, ArticleToStore item)
    {
        ArgumentNullException.ThrowIfNull(item);
        string sha256 = item.Extraction.Document.Sha256 is { Length: > 0 } sha ? sha : Hash(item.Text);
        if (facts.FindBySha(sha256) is not null)
        {
            return PutOutcome.Unchanged;
        }

        long? previous = item.Article.Url is { Length: > 0 } url ? facts.FindByUrl(url) : null;
        if (previous is { } id)
        {
            facts.Remove(id);
        }

        facts.Add(previous, sha256, item.Article, item.Text, item.Extraction);
        return previous is null ? PutOutcome.Added : PutOutcome.Replaced;
    }

    /// <summary>The SHA-256 of the NFC text in UTF-8, as the pipeline computes it.</summary>
    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.Normalize(NormalizationForm.FormC))));

    /// <summary>
    /// SQLite's <c>PRAGMA data_version</c> on a connection kept for this alone: it changes when any other
    /// connection, this process's writer or another process's, commits.
    /// </summary>
    public long ChangeVersion()
    {
        lock (versionLock)
        {
            return Guard(Path, () =>
            {
                versionWatch ??= Connect();
                return versionWatch.Command("PRAGMA data_version").Long();
            });
        }
    }

    public bool Contains(string sha256) =>
        Read(c => c.Command("SELECT 1 FROM documents WHERE sha256 = $sha").With("$sha", sha256).ExecuteScalar() is not null);

    public void Dispose()
    {
        lock (versionLock)
        {
            versionWatch?.Dispose();
            versionWatch = null;
        }

        lock (writeLock)
        {
            documents?.Dispose();
            documents = null;
            if (writer is not null)
            {
                SqliteConnection.ClearPool(writer);
                writer.Dispose();
                writer = null;
            }
            else
            {
                using var connection = new SqliteConnection(connectionString);
                SqliteConnection.ClearPool(connection);
            }
        }
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        // Per-connection settings: foreign keys are off in SQLite unless asked for on each connection.
        connection.Command($"PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA synchronous = NORMAL").ExecuteNonQuery();
        return connection;
    }

    /// <summary>Runs a read on its own pooled connection, within the read time limit if the store has one.</summary>
    private T Read<T>(Func<SqliteConnection, T> read) => Guard(Path, () =>
    {
        using SqliteConnection connection = Connect();
        return readLimit is null ? read(connection) : readLimit.Run(connection, read);
    });

    private static void Guard(string path, Action action) => Guard(path, () =>
    {
        action();
        return 0;
    });

    /// <summary>Turns SQLite's "not a database" and "corrupt" errors into one clear <see cref="ArchiveFormatException"/>.</summary>
    private static T Guard<T>(string path, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 26 /* SQLITE_NOTADB */ or 11 /* SQLITE_CORRUPT */)
        {
            throw new ArchiveFormatException($"{path} is not a Kronika archive or is corrupt ({e.Message.TrimEnd('.')})", e);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 14 /* SQLITE_CANTOPEN */)
        {
            throw new ArchiveFormatException($"cannot open the archive {path}", e);
        }
    }
}
