using System.CommandLine;
using System.Net;
using Kronika.Polish;
using Kronika.Server;
using Kronika.Store.Sqlite;
using Microsoft.AspNetCore.Builder;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika serve --db FILE</c>: the HTTP API and the web UI over an archive (docs/server.md).</summary>
internal static class ServeCommand
{
    private const string KeyVariable = "KRONIKA_API_KEY";

    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "The archive file (created only when --api-key allows writes).", DefaultValueFactory = _ => ArchiveOptions.DefaultDb };
        var urls = new Option<string[]>("--urls")
        {
            Description = "Addresses to listen on; loopback unless you name another interface.",
            DefaultValueFactory = _ => ["http://127.0.0.1:5080"],
            AllowMultipleArgumentsPerToken = true,
        };
        var apiKey = new Option<string?>("--api-key")
        {
            Description = $"The key POST /api/documents must carry in X-Api-Key (or set {KeyVariable}); without one, writes are disabled.",
        };
        var command = new Command("serve", "Serve the archive: a JSON API at /api, its OpenAPI document at /openapi.json, and the web UI at /.")
        {
            db, urls, apiKey,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            string[] addresses = [.. parse.GetValue(urls)!.SelectMany(u => u.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
            foreach (string address in addresses)
            {
                if (!Uri.TryCreate(address, UriKind.Absolute, out Uri? uri) || uri.Scheme != Uri.UriSchemeHttp)
                {
                    throw new UsageException($"--urls: '{address}' is not an http:// address");
                }

                if (!IsLoopback(uri))
                {
                    Console.Error.WriteLine($"kronika: warning: {address} is reachable from other machines");
                }
            }

            string? key = parse.GetValue(apiKey) ?? Environment.GetEnvironmentVariable(KeyVariable);
            var options = new ServerOptions { Urls = addresses, ApiKey = string.IsNullOrEmpty(key) ? null : key };
            string path = parse.GetValue(db)!;
            // A read-only server over a missing file is a mistake; with a key, POST may fill a new archive.
            using SqliteArchiveStore store = SqliteArchiveStore.Open(path, create: options.ApiKey is not null, readTimeLimit: options.RequestTimeout);
            var extractor = new PipelineArticleExtractor(PolishLanguage.Load().CreateExtractionPipeline());
            WebApplication app = ArchiveServer.Create(options, store, extractor);
            Console.Error.WriteLine($"kronika: serving {path} at {string.Join(", ", addresses)} ({(options.ApiKey is null ? "read-only: no API key" : "writes need the API key")}); Ctrl+C stops");
            app.Run();
            return ExitCodes.Success;
        }));
        return command;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out IPAddress? ip) && IPAddress.IsLoopback(ip));
}
