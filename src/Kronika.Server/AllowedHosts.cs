using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace Kronika.Server;

/// <summary>
/// The Host names a request may carry. A server on loopback answers only to loopback names, so that a web
/// page whose domain is re-pointed at 127.0.0.1 (DNS rebinding) cannot read the archive through a visitor's
/// browser; a server bound to every interface accepts any name. (ASP.NET Core's host filtering runs before
/// the problem-details pages and answers with an empty body, hence this check of its own.)
/// </summary>
internal sealed class AllowedHosts
{
    private readonly StringSegment[] hosts;

    public AllowedHosts(IEnumerable<string> urls)
    {
        hosts = [.. For(urls).Select(h => new StringSegment(h))];
    }

    public async Task Check(HttpContext context, RequestDelegate next)
    {
        if (HostString.MatchesAny(context.Request.Host.Host, hosts))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status400BadRequest, Title = "Unknown host", Detail = "This server answers only to the names it listens on." },
        });
    }

    public static IReadOnlyList<string> For(IEnumerable<string> urls)
    {
        var hosts = new List<string> { "localhost", "127.0.0.1", "[::1]" };
        foreach (string url in urls)
        {
            // Kestrel's wildcards are not valid URI hosts: read the host between "://" and the port.
            string rest = url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..];
            string host = rest.StartsWith('[') ? rest[..(rest.IndexOf(']') + 1)] : rest.Split(':', '/')[0];
            if (host is "*" or "+" or "0.0.0.0" or "[::]" || host.Length == 0)
            {
                return ["*"];
            }

            if (!hosts.Contains(host, StringComparer.OrdinalIgnoreCase) && !(IPAddress.TryParse(host.Trim('[', ']'), out IPAddress? ip) && IPAddress.IsLoopback(ip)))
            {
                hosts.Add(host);
            }
        }

        return hosts;
    }
}
