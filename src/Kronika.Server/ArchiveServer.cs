using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Kronika.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kronika.Server;

/// <summary>
/// Builds the process behind <c>kronika serve</c>: the JSON API over an <see cref="IArchiveStore"/>, its
/// OpenAPI document and the embedded web UI, with the limits of docs/server.md. Requests call the store
/// concurrently, so it must allow that (SqliteArchiveStore reads on pooled connections and serialises writes).
/// </summary>
public static class ArchiveServer
{
    public static WebApplication Create(ServerOptions options, IArchiveStore store, IArticleExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Fixed settings rather than the process's arguments and environment: production error pages always,
        // the content root where the binaries are (the UI is embedded, nothing is read from disk).
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(ArchiveServer).Assembly.GetName().Name,
        });
        builder.Logging.SetMinimumLevel(options.LogLevel);
        // One line per request is noise on a console; warnings and errors still show.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = options.MaxRequestHeadersBytes;
            kestrel.Limits.MaxRequestLineSize = Math.Min(8 * 1024, options.MaxRequestHeadersBytes);
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
            kestrel.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(60);
        });

        IServiceCollection services = builder.Services;
        services.AddSingleton(store);
        services.AddSingleton(extractor);
        services.AddSingleton(new ApiKey(options.ApiKey));
        services.AddSingleton(options);
        services.AddSingleton<AnswerCache>();
        services.ConfigureHttpJsonOptions(json =>
        {
            // Polish letters as they are; <, >, & and quotes still escaped.
            json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            // The answers' and the write route's types from source-generated metadata, not reflection (which the
            // Native AOT build of the command does not have). None of them holds an enum: their fields are strings.
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, ArchiveJsonContext.Default);
            json.SerializerOptions.TypeInfoResolverChain.Insert(1, ServerJsonContext.Default);
        });
        services.AddProblemDetails();

        services.AddOpenApi("v1", openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Kronika archive API";
            document.Info.Description = "Articles, events, entities, quotations and claims merged across Polish news (docs/server.md).";
            return Task.CompletedTask;
        }));
        services.AddRequestTimeouts(timeouts => timeouts.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = options.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
        });
        services.AddRateLimiter(limits => ConfigureLimits(limits, options));

        WebApplication app = builder.Build();
        // A query the archive stopped at its time limit is the server being busy, not a fault: 503, like a request timeout.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = e => e is ArchiveTimeoutException ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.Use(new AllowedHosts(options.Urls).Check);
        app.Use(SecurityHeaders.Add);
        // The time limit wraps the wait for a slot as well as reading the body.
        app.UseRequestTimeouts();
        app.UseRateLimiter();
        WebUi.Use(app);
        app.MapOpenApi("/openapi.json");
        ReadEndpoints.Map(app);
        WriteEndpoints.Map(app);
        return app;
    }

    private static void ConfigureLimits(RateLimiterOptions limits, ServerOptions options)
    {
        // Every request takes one of a bounded number of slots; a full queue answers 503 at once.
        limits.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(_ =>
            RateLimitPartition.GetConcurrencyLimiter("all", _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = options.MaxConcurrentRequests,
                QueueLimit = options.RequestQueueLength,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }));
        // Each write runs a full extraction: a per-address budget a minute.
        limits.AddPolicy(WriteEndpoints.RateLimitPolicy, context =>
            RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.WritesPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
        limits.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
        limits.OnRejected = async (rejected, cancel) =>
        {
            HttpContext context = rejected.HttpContext;
            bool tooMany = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan retry);
            context.Response.StatusCode = tooMany ? StatusCodes.Status429TooManyRequests : StatusCodes.Status503ServiceUnavailable;
            if (tooMany)
            {
                context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = context.Response.StatusCode,
                    Title = tooMany ? "Too many writes" : "Server busy",
                    Detail = tooMany ? "The write budget for this minute is spent; try again later." : "Too many requests at once; try again shortly.",
                },
            });
        };
    }
}
