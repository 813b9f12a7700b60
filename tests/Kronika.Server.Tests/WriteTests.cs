using System.Net;
using System.Net.Http.Json;
using System.Text;
using Kronika.Store;

namespace Kronika.Server.Tests;

/// <summary>POST /api/documents: only with the key, only well-formed and bounded bodies, and at a bounded rate.</summary>
public sealed class WriteTests
{
    private const string Key = "a-long-random-key-0d6c1e";

    private static readonly object Article = new
    {
        title = "Sikorski w Kijowie",
        text = "Minister spraw zagranicznych Radosław Sikorski spotkał się w poniedziałek w Kijowie z prezydentem Ukrainy Wołodymyrem Zełenskim. „Polska będzie wspierać Ukrainę” – powiedział Sikorski.",
        date = "2025-02-10",
        url = "https://example.org/sikorski-kijow",
        source = "Przykładowa Gazeta",
    };

    [Fact]
    public async Task A_write_with_the_key_is_extracted_stored_and_then_unchanged()
    {
        await using RunningServer server = await RunningServer.StartAsync(new ServerOptions { ApiKey = Key });
        using HttpResponseMessage created = await server.Client.SendAsync(Api.Post(Article, Key));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        SubmissionResult result = (await created.Content.ReadFromJsonAsync<SubmissionResult>(Api.Json))!;
        Assert.Equal("added", result.Outcome);
        Assert.True(result.Entities >= 2 && result.Events >= 1, $"{result}");

        using HttpResponseMessage again = await server.Client.SendAsync(Api.Post(Article, Key));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("unchanged", (await again.Content.ReadFromJsonAsync<SubmissionResult>(Api.Json))!.Outcome);

        Page<DocumentSummary> documents = await Api.GetAsync<Page<DocumentSummary>>(server.Client, "/api/documents");
        DocumentSummary stored = Assert.Single(documents.Items);
        Assert.Equal("Sikorski w Kijowie", stored.Title);
        Assert.Equal("Przykładowa Gazeta", stored.Outlet);
        Assert.Equal("2025-02-10", stored.Date);
        Assert.True(server.Store.Contains(result.Sha256));
    }

    [Fact]
    public async Task Writes_without_the_right_key_are_401_and_store_nothing()
    {
        await using RunningServer server = await RunningServer.StartAsync(new ServerOptions { ApiKey = Key });
        await Api.AssertProblemAsync(await server.Client.SendAsync(Api.Post(Article, null)), HttpStatusCode.Unauthorized);
        await Api.AssertProblemAsync(await server.Client.SendAsync(Api.Post(Article, Key + "x")), HttpStatusCode.Unauthorized);
        await Api.AssertProblemAsync(await server.Client.SendAsync(Api.Post(Article, "")), HttpStatusCode.Unauthorized);
        Assert.Equal(0, (await Api.GetAsync<ArchiveStats>(server.Client, "/api/stats")).Documents);
    }

    [Fact]
    public async Task Without_a_configured_key_writes_are_403()
    {
        await using RunningServer server = await RunningServer.StartAsync(new ServerOptions { ApiKey = null });
        await Api.AssertProblemAsync(await server.Client.SendAsync(Api.Post(Article, "anything")), HttpStatusCode.Forbidden);
        await Api.AssertProblemAsync(await server.Client.SendAsync(Api.Post(Article, null)), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Bad_bodies_are_problems()
    {
        await using RunningServer server = await RunningServer.StartAsync(new ServerOptions { ApiKey = Key, MaxRequestBodyBytes = 64 * 1024 });

        string huge = "{\"text\": \"" + new string('a', 200 * 1024) + "\"}";
        await Api.AssertProblemAsync(await server.Client.SendAsync(Raw(huge, "application/json")), HttpStatusCode.RequestEntityTooLarge);
        await Api.AssertProblemAsync(await server.Client.SendAsync(Raw("{\"text\": \"niedokończony", "application/json")), HttpStatusCode.BadRequest);
        await Api.AssertProblemAsync(await server.Client.SendAsync(Raw("[1, 2, 3]", "application/json")), HttpStatusCode.BadRequest);
        await Api.AssertProblemAsync(await server.Client.SendAsync(Raw("null", "application/json")), HttpStatusCode.BadRequest);
        await Api.AssertProblemAsync(await server.Client.SendAsync(Raw("text=abc", "application/x-www-form-urlencoded")), HttpStatusCode.UnsupportedMediaType);
        await Api.AssertProblemAsync(await server.Client.SendAsync(Api.Post(new { title = "bez tekstu" }, Key)), HttpStatusCode.BadRequest);
        await Api.AssertProblemAsync(await server.Client.SendAsync(Api.Post(new { text = "Tekst.", date = "10.02.2025" }, Key)), HttpStatusCode.BadRequest);
        await Api.AssertProblemAsync(await server.Client.SendAsync(Api.Post(new { text = "Tekst.", url = "javascript:alert(1)" }, Key)), HttpStatusCode.BadRequest);
        Assert.Equal(0, (await Api.GetAsync<ArchiveStats>(server.Client, "/api/stats")).Documents);
    }

    [Fact]
    public async Task The_default_body_limit_is_two_mebibytes()
    {
        await using RunningServer server = await RunningServer.StartAsync(new ServerOptions { ApiKey = Key });
        string huge = "{\"text\": \"" + new string('a', 3 * 1024 * 1024) + "\"}";
        await Api.AssertProblemAsync(await server.Client.SendAsync(Raw(huge, "application/json")), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Writes_past_the_rate_limit_are_429()
    {
        await using RunningServer server = await RunningServer.StartAsync(new ServerOptions { ApiKey = Key, WritesPerMinute = 1 });
        using HttpResponseMessage first = await server.Client.SendAsync(Api.Post(Article, Key));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        using HttpResponseMessage second = await server.Client.SendAsync(Api.Post(Article, Key));
        await Api.AssertProblemAsync(second, HttpStatusCode.TooManyRequests);
        Assert.True(second.Headers.RetryAfter is not null);
        // Reads are not rationed with the writes.
        await Api.GetAsync<ArchiveStats>(server.Client, "/api/stats");
    }

    [Fact]
    public async Task Oversized_headers_are_refused()
    {
        await using RunningServer server = await RunningServer.StartAsync(new ServerOptions { ApiKey = Key });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/stats");
        request.Headers.Add("X-Padding", new string('p', 64 * 1024));
        using HttpResponseMessage response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
    }

    private static HttpRequestMessage Raw(string body, string mediaType)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = new StringContent(body, Encoding.UTF8, mediaType) };
        request.Headers.Add("X-Api-Key", Key);
        return request;
    }
}
