using System.Net;
using System.Text;
using Kronika.Ingest.Fetching;

namespace Kronika.Ingest.Tests;

/// <summary>Fetching against a real server on 127.0.0.1: each bound is hit and gives a clear error, in bounded time.</summary>
public sealed class FetchTests
{
    private static FetchedResource Fetch(LocalHttpServer server, string path, FetchOptions? options = null)
    {
        using var fetcher = new WebFetcher(options ?? Sources.Loopback);
        return fetcher.Fetch(new Uri(server.Url(path)));
    }

    private static LocalHttpServer RedirectChain() => new((path, stream, _) =>
    {
        int hop = int.Parse(path.TrimStart('/'));
        return hop == 0 ? LocalHttpServer.Respond(stream, "text/plain", "koniec") : LocalHttpServer.Redirect(stream, $"/{hop - 1}");
    });

    /// <summary>Sends the head, then the chunk again and again (a pause between) until the client goes away or the server stops.</summary>
    private static async Task Stream(Stream stream, string head, byte[] chunk, TimeSpan pause, CancellationToken stop)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), stop);
        while (!stop.IsCancellationRequested)
        {
            await stream.WriteAsync(chunk, stop);
            await Task.Delay(pause, stop);
        }
    }

    [Fact]
    public void Five_redirects_are_followed()
    {
        using LocalHttpServer server = RedirectChain();
        FetchedResource page = Fetch(server, "/5");
        Assert.Equal("koniec", Encoding.UTF8.GetString(page.Body));
        Assert.EndsWith("/0", page.Address.AbsoluteUri);
    }

    [Fact]
    public void A_sixth_redirect_is_refused()
    {
        using LocalHttpServer server = RedirectChain();
        FetchException e = Assert.Throws<FetchException>(() => Fetch(server, "/6"));
        Assert.Contains("more than 5 redirects", e.Message);
    }

    [Fact]
    public void Loopback_is_refused_without_allow_private_network()
    {
        using var server = new LocalHttpServer((_, stream, _) => LocalHttpServer.Respond(stream, "text/plain", "tajne"));
        FetchException e = Assert.Throws<FetchException>(() => Fetch(server, "/", new FetchOptions()));
        Assert.Contains("--allow-private-network", e.Message);
        Assert.Empty(server.RequestHeaders);
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.20.0.1", false)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("8.8.8.8", true)]
    [InlineData("172.32.0.1", true)]
    [InlineData("2a00:1450:4001:80b::200e", true)]
    public void Addresses_are_classified(string address, bool isPublic) =>
        Assert.Equal(isPublic, NetworkAddressPolicy.IsPublic(IPAddress.Parse(address)));

    [Fact]
    public void A_redirect_to_a_private_address_is_refused_at_that_hop()
    {
        using var inner = new LocalHttpServer((_, stream, _) => LocalHttpServer.Respond(stream, "text/plain", "tajne"));
        // A public first hop cannot be served by a test, so the check is shown on "localhost", a name that resolves to loopback.
        using var fetcher = new WebFetcher(new FetchOptions());
        FetchException e = Assert.Throws<FetchException>(() => fetcher.Fetch(new Uri(inner.Url("/").Replace("127.0.0.1", "localhost"))));
        Assert.Contains("private, loopback or link-local", e.Message);
        Assert.Empty(inner.RequestHeaders);
    }

    [Fact]
    public void A_body_over_the_size_limit_is_refused()
    {
        using var server = new LocalHttpServer((_, stream, _) => LocalHttpServer.Respond(stream, 200, "text/plain", new byte[300_000]));
        FetchException e = Assert.Throws<FetchException>(() => Fetch(server, "/", Sources.Loopback with { MaxBytes = 100_000 }));
        Assert.Contains("larger than the limit", e.Message);
    }

    [Fact]
    public void A_body_over_the_size_limit_without_content_length_is_cut_off()
    {
        using var server = new LocalHttpServer((_, stream, stop) =>
            Stream(stream, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n", new byte[8192], TimeSpan.Zero, stop));
        FetchException e = Assert.Throws<FetchException>(() => Fetch(server, "/", Sources.Loopback with { MaxBytes = 100_000 }));
        Assert.Contains("larger than the limit", e.Message);
    }

    [Fact]
    public void A_server_that_never_finishes_sending_times_out()
    {
        using var server = new LocalHttpServer((_, stream, stop) =>
            Stream(stream, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000000\r\n\r\n<html>", "<p>"u8.ToArray(), TimeSpan.FromMilliseconds(100), stop));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        FetchException e = Assert.Throws<FetchException>(() => Fetch(server, "/", Sources.Loopback with { TotalTimeout = TimeSpan.FromSeconds(1.5) }));
        Assert.Contains("no complete answer within 1.5 s", e.Message);
        Assert.InRange(clock.Elapsed.TotalSeconds, 1.4, 10);
    }

    [Fact]
    public void A_feed_whose_server_never_finishes_fails_alone_and_the_rest_of_the_batch_is_read()
    {
        using var server = new LocalHttpServer((_, stream, stop) =>
            Stream(stream, "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n\r\n<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>",
                "<item><title>Bez końca</title><description>Jeszcze jeden wpis.</description></item>"u8.ToArray(), TimeSpan.FromMilliseconds(20), stop));
        using var temp = new TempFolder();
        string after = temp.Write("po.txt", "Sejm przyjął ustawę budżetową.");
        var options = new Kronika.Ingest.Sources.SourceOptions { FetchLinks = false, Fetch = Sources.Loopback with { TotalTimeout = TimeSpan.FromSeconds(1.5) } };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        List<IngestItem> items = Sources.ReadAll(options, server.Url("/kanal"), after);
        Assert.InRange(clock.Elapsed.TotalSeconds, 1.4, 10);
        Assert.Equal(2, items.Count);
        Assert.Contains("no complete answer within 1.5 s", items[0].Error);
        Assert.Equal("Sejm przyjął ustawę budżetową.", items[1].Article!.Text);
    }

    [Fact]
    public void Requests_name_kronika_as_user_agent_and_errors_give_the_status()
    {
        using var server = new LocalHttpServer((_, stream, _) => LocalHttpServer.Respond(stream, 404, "text/plain", []));
        FetchException e = Assert.Throws<FetchException>(() => Fetch(server, "/brak"));
        Assert.Contains("HTTP 404", e.Message);
        Assert.Contains("User-Agent: Kronika/", Assert.Single(server.RequestHeaders));
    }
}
