using Kronika.Store.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Kronika.Server.Tests;

/// <summary>
/// <c>kronika serve</c> as the command builds it, on real Kestrel at 127.0.0.1 with a port the system
/// picks, over a SQLite file in a fresh temporary folder.
/// </summary>
public sealed class RunningServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string folder;

    private RunningServer(WebApplication app, SqliteArchiveStore store, string folder, Uri address)
    {
        this.app = app;
        Store = store;
        this.folder = folder;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public SqliteArchiveStore Store { get; }

    /// <summary>
    /// Starts a server; <paramref name="fill"/> may put articles into the store first. The store stops reads at
    /// <paramref name="readTimeLimit"/>, by default the request time limit, as <c>kronika serve</c> opens it.
    /// </summary>
    public static async Task<RunningServer> StartAsync(ServerOptions options, Action<SqliteArchiveStore>? fill = null, TimeSpan? readTimeLimit = null)
    {
        string folder = Path.Combine(Path.GetTempPath(), "kronika-server-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        SqliteArchiveStore store = SqliteArchiveStore.Open(Path.Combine(folder, "kronika.db"), readTimeLimit: readTimeLimit ?? options.RequestTimeout);
        fill?.Invoke(store);
        WebApplication app = ArchiveServer.Create(options with { Urls = ["http://127.0.0.1:0"], LogLevel = LogLevel.Warning }, store, SampleArticles.Extractor);
        await app.StartAsync();
        return new RunningServer(app, store, folder, new Uri(app.Urls.First()));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        Store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}

/// <summary>One server over the sample articles, shared by the read tests and the browser test.</summary>
public sealed class SampleArchive : IAsyncLifetime
{
    public const string ApiKey = "test-key-for-the-sample-archive";

    private RunningServer? server;

    public RunningServer Server => server ?? throw new InvalidOperationException("not started");

    public int Articles { get; private set; }

    public async Task InitializeAsync() =>
        server = await RunningServer.StartAsync(new ServerOptions { ApiKey = ApiKey }, store => Articles = SampleArticles.Fill(store));

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SampleArchiveCollection : ICollectionFixture<SampleArchive>
{
    public const string Name = "sample archive";
}
