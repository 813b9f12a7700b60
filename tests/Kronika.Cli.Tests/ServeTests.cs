using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace Kronika.Cli.Tests;

/// <summary><c>kronika serve</c> as a user starts it: its options, the archive it opens and the key from the environment.</summary>
public sealed class ServeTests
{
    [Fact]
    public async Task Serve_answers_on_the_given_address_and_writes_only_with_the_key()
    {
        using var files = new TempFiles();
        string db = Path.Combine(files.Dir, "kronika.db");
        int port = FreePort();
        using Process server = KronikaProcess.Start(
            ["serve", "--db", db, "--urls", $"http://127.0.0.1:{port}"],
            new Dictionary<string, string?> { ["KRONIKA_API_KEY"] = "klucz-testowy" },
            redirectStdin: false);
        Task<string> stdout = server.StandardOutput.ReadToEndAsync();
        Task<string> stderr = server.StandardError.ReadToEndAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
            await WaitUntilServingAsync(client, server, stderr);
            var article = new { title = "Spotkanie w Wilnie", text = "Prezydent Karol Nawrocki spotkał się we wtorek w Wilnie z prezydentem Litwy Gitanasem Nausėdą.", date = "2026-11-24" };

            using HttpResponseMessage refused = await client.PostAsJsonAsync("/api/documents", article);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(article) };
            request.Headers.Add("X-Api-Key", "klucz-testowy");
            using HttpResponseMessage created = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            string stats = await client.GetStringAsync("/api/stats");
            Assert.Contains("\"documents\":1", stats, StringComparison.Ordinal);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }

        Assert.Contains($"serving {db}", await stderr, StringComparison.Ordinal);
        await stdout;
    }

    [Fact]
    public void A_read_only_server_needs_an_existing_archive()
    {
        using var files = new TempFiles();
        CliResult result = KronikaProcess.Run(["serve", "--db", Path.Combine(files.Dir, "nie-ma.db"), "--urls", $"http://127.0.0.1:{FreePort()}"],
            environment: new Dictionary<string, string?> { ["KRONIKA_API_KEY"] = null });
        Assert.Equal(ExitCodes.NoInput, result.ExitCode);
        Assert.Contains("nie-ma.db", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_http_addresses_are_accepted()
    {
        CliResult result = KronikaProcess.Run(["serve", "--urls", "https://127.0.0.1:5443"]);
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--urls", result.Stderr, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Polls until the server answers (loading the Polish pipeline takes a few seconds), failing if it exits.</summary>
    private static async Task WaitUntilServingAsync(HttpClient client, Process server, Task<string> stderr)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            Assert.False(server.HasExited, $"kronika serve exited: {(server.HasExited ? await stderr : "")}");
            try
            {
                using HttpResponseMessage response = await client.GetAsync("/api/stats");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        Assert.Fail("kronika serve did not answer within 90 s");
    }
}
