using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace Kronika.Ingest.Fetching;

/// <summary>
/// Fetches pages and feeds over HTTP(S) within <see cref="FetchOptions"/>: redirects are followed by hand so
/// that each hop is checked, every connection's addresses are checked after resolution (in the connect
/// callback, so a name cannot resolve to one address for the check and another for the connection), the
/// body is read up to the size limit and the whole fetch is bounded in time. Thread-safe.
/// </summary>
public sealed class WebFetcher : IDisposable
{
    private readonly FetchOptions _options;
    private readonly HttpClient _client;

    public WebFetcher(FetchOptions options)
    {
        _options = options;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false, // a proxy would connect for us, past the address check
            UseCookies = false,
            ConnectTimeout = options.ConnectTimeout,
            AutomaticDecompression = DecompressionMethods.All, // the size limit counts decompressed bytes
            ConnectCallback = ConnectCheckedAsync,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
    }

    public FetchedResource Fetch(Uri address, CancellationToken cancellationToken = default) =>
        FetchAsync(address, cancellationToken).GetAwaiter().GetResult();

    public async Task<FetchedResource> FetchAsync(Uri address, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.TotalTimeout);
        try
        {
            return await FollowAsync(address, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FetchException($"{address}: no complete answer within {_options.TotalTimeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e) when (e.InnerException is FetchException refused)
        {
            throw new FetchException($"{address}: {refused.Message}");
        }
        catch (HttpRequestException e)
        {
            throw new FetchException($"{address}: {e.Message}");
        }
        catch (IOException e)
        {
            throw new FetchException($"{address}: {e.Message}");
        }
    }

    private async Task<FetchedResource> FollowAsync(Uri address, CancellationToken cancellationToken)
    {
        Uri current = address;
        for (int hop = 0; ; hop++)
        {
            if (current.Scheme is not ("http" or "https"))
            {
                throw new FetchException($"{current}: only http and https addresses are fetched");
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            using HttpResponseMessage response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (IsRedirect(response.StatusCode))
            {
                if (hop >= _options.MaxRedirects)
                {
                    throw new FetchException($"{address}: more than {_options.MaxRedirects} redirects");
                }

                Uri? location = response.Headers.Location;
                if (location is null)
                {
                    throw new FetchException($"{current}: a redirect without a Location");
                }

                current = location.IsAbsoluteUri ? location : new Uri(current, location);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new FetchException($"{current}: HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            MediaTypeHeaderValue? type = response.Content.Headers.ContentType;
            byte[] body = await ReadBoundedAsync(response.Content, current, cancellationToken).ConfigureAwait(false);
            return new FetchedResource(current, body, type?.MediaType, type?.CharSet);
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private async Task<byte[]> ReadBoundedAsync(HttpContent content, Uri address, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > _options.MaxBytes)
        {
            throw TooLarge(address);
        }

        await using Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > _options.MaxBytes)
            {
                throw TooLarge(address);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private FetchException TooLarge(Uri address) => new($"{address}: larger than the limit of {_options.MaxBytes / 1024} KiB");

    private async ValueTask<Stream> ConnectCheckedAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        string host = context.DnsEndPoint.Host;
        IPAddress[] addresses = IPAddress.TryParse(host.Trim('[', ']'), out IPAddress? literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        if (!_options.AllowPrivateNetwork && addresses.FirstOrDefault(a => !NetworkAddressPolicy.IsPublic(a)) is { } refused)
        {
            throw new FetchException($"{host} is a private, loopback or link-local address ({refused}); --allow-private-network permits it");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public void Dispose() => _client.Dispose();
}
