using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Kronika.Server.Tests;

/// <summary>The server's bounds on time and concurrency, and what a failure inside it shows (nothing of its insides).</summary>
public sealed class LimitTests
{
    private const string Key = "limit-test-key";

    [Fact]
    public async Task A_body_that_stalls_is_cut_off_at_the_request_timeout()
    {
        await using RunningServer server = await RunningServer.StartAsync(new ServerOptions { ApiKey = Key, RequestTimeout = TimeSpan.FromSeconds(1) });
        using TcpClient connection = await StartStalledPostAsync(server);
        List<string> headers = await ReadResponseHeadAsync(connection);
        Assert.StartsWith("HTTP/1.1 503", headers[0], StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/problem+json", headers);
    }

    [Fact]
    public async Task A_query_the_archive_stops_at_its_time_limit_is_a_503_problem_that_shows_nothing_of_the_database()
    {
        // One tick: every query that sorts the sample's quotations outlives it.
        await using RunningServer server = await RunningServer.StartAsync(new ServerOptions(), store => SampleArticles.Fill(store), TimeSpan.FromTicks(1));
        using HttpResponseMessage response = await server.Client.GetAsync(new Uri("/api/quotes", UriKind.Relative));
        JsonElement problem = await Api.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.DoesNotContain("SQLite", problem.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("interrupt", problem.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Requests_past_the_concurrency_limit_are_503_problems()
    {
        await using RunningServer server = await RunningServer.StartAsync(new ServerOptions
        {
            ApiKey = Key, MaxConcurrentRequests = 1, RequestQueueLength = 0, RequestTimeout = TimeSpan.FromSeconds(30),
        });
        // The one slot is held by a write whose body never finishes arriving.
        TcpClient holder = await StartStalledPostAsync(server);
        try
        {
            HttpResponseMessage? refused = null;
            for (int attempt = 0; attempt < 100 && refused is null; attempt++)
            {
                // A read that reached the limiter first took the slot and the write was the one refused: start another.
                if (holder.Available > 0)
                {
                    holder.Dispose();
                    holder = await StartStalledPostAsync(server);
                }

                HttpResponseMessage response = await server.Client.GetAsync("/api/stats");
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                {
                    refused = response;
                }
                else
                {
                    response.Dispose();
                    await Task.Delay(100);
                }
            }

            Assert.True(refused is not null, "no read was refused while the slot was held");
            await Api.AssertProblemAsync(refused!, HttpStatusCode.ServiceUnavailable);
        }
        finally
        {
            holder.Dispose();
        }

        (await FirstAnswerAsync(server, HttpStatusCode.OK, "the slot was never given back")).Dispose();
    }

    /// <summary>Asks for the stats until the answer has <paramref name="status"/>.</summary>
    private static async Task<HttpResponseMessage> FirstAnswerAsync(RunningServer server, HttpStatusCode status, string failure)
    {
        for (int attempt = 0; attempt < 100; attempt++)
        {
            HttpResponseMessage response = await server.Client.GetAsync("/api/stats");
            if (response.StatusCode == status)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException(failure);
    }

    [Fact]
    public async Task A_loopback_server_answers_only_to_loopback_host_names()
    {
        await using RunningServer server = await RunningServer.StartAsync(new ServerOptions());
        using var rebound = new HttpRequestMessage(HttpMethod.Get, "/api/stats");
        rebound.Headers.Host = "attacker.example";
        await Api.AssertProblemAsync(await server.Client.SendAsync(rebound), HttpStatusCode.BadRequest);
        using var local = new HttpRequestMessage(HttpMethod.Get, "/api/stats");
        local.Headers.Host = "localhost:" + server.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(local)).StatusCode);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", "localhost,127.0.0.1,[::1]")]
    [InlineData("http://[::1]:5080", "localhost,127.0.0.1,[::1]")]
    [InlineData("http://archiwum.lan:5080", "localhost,127.0.0.1,[::1],archiwum.lan")]
    [InlineData("http://0.0.0.0:5080", "*")]
    [InlineData("http://*:5080", "*")]
    [InlineData("http://[::]:5080", "*")]
    public void Allowed_host_names_follow_the_addresses_listened_on(string url, string expected) =>
        Assert.Equal(expected, string.Join(',', AllowedHosts.For([url])));

    [Fact]
    public async Task A_failing_store_gives_a_bare_500_problem()
    {
        await using RunningServer server = await RunningServer.StartAsync(new ServerOptions());
        using (var connection = new SqliteConnection($"Data Source={server.Store.Path}"))
        {
            connection.Open();
            using SqliteCommand drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE quotes";
            drop.ExecuteNonQuery();
        }

        var problem = await Api.AssertProblemAsync(await server.Client.GetAsync("/api/quotes"), HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("quotes", problem.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("SQLite", problem.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A POST with the key whose body starts and then stops, on a raw connection (HttpClient would wait to finish sending).</summary>
    private static async Task<TcpClient> StartStalledPostAsync(RunningServer server)
    {
        var connection = new TcpClient();
        await connection.ConnectAsync(server.Address.Host, server.Address.Port);
        string start = $"POST /api/documents HTTP/1.1\r\nHost: {server.Address.Authority}\r\nContent-Type: application/json\r\n" +
            $"X-Api-Key: {Key}\r\nContent-Length: 1000\r\n\r\n{{\"text\": \"Prezydent";
        await connection.GetStream().WriteAsync(Encoding.UTF8.GetBytes(start));
        return connection;
    }

    private static async Task<List<string>> ReadResponseHeadAsync(TcpClient connection)
    {
        using var reader = new StreamReader(connection.GetStream(), Encoding.UTF8, leaveOpen: true);
        var lines = new List<string>();
        for (string? line = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20)); !string.IsNullOrEmpty(line); line = await reader.ReadLineAsync())
        {
            lines.Add(line);
        }

        return lines;
    }
}
