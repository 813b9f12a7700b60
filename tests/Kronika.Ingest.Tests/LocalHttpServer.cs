using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Kronika.Ingest.Tests;

/// <summary>
/// A real HTTP/1.1 server on 127.0.0.1 and a free port, answering each request by its path with whatever
/// the test's handler writes to the socket: ordinary pages, redirects, endless bodies. One connection per
/// request (<c>Connection: close</c>).
/// </summary>
public sealed class LocalHttpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<string, Stream, CancellationToken, Task> _handler;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    /// <param name="handler">Gets the request path and the connection's stream; writes the whole response.</param>
    public LocalHttpServer(Func<string, Stream, CancellationToken, Task> handler)
    {
        _handler = handler;
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    public List<string> RequestHeaders { get; } = [];

    public string Url(string path) => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}{path}";

    public static async Task Respond(Stream stream, int status, string contentType, byte[] body, string extraHeaders = "")
    {
        string head = $"HTTP/1.1 {status} X\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\nConnection: close\r\n{extraHeaders}\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(body);
    }

    public static Task Respond(Stream stream, string contentType, string body) => Respond(stream, 200, contentType, Encoding.UTF8.GetBytes(body));

    public static Task Redirect(Stream stream, string location) => Respond(stream, 302, "text/plain", [], $"Location: {location}\r\n");

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                NetworkStream stream = client.GetStream();
                string head = await ReadHeadAsync(stream);
                lock (RequestHeaders)
                {
                    RequestHeaders.Add(head);
                }

                string path = head.Split(' ', 3) is [_, var target, _] ? target : "/";
                await _handler(path, stream, _stop.Token);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
            {
                // The client went away (a timeout or size limit in the code under test): nothing to do.
            }
        }
    }

    private static async Task<string> ReadHeadAsync(NetworkStream stream)
    {
        var head = new StringBuilder();
        byte[] one = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && await stream.ReadAsync(one) == 1)
        {
            head.Append((char)one[0]);
        }

        return head.ToString();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }

        _stop.Dispose();
    }
}
