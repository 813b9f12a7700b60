using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.FileProviders;

namespace Kronika.Server;

/// <summary>The web UI: plain HTML, CSS and JavaScript modules embedded in this assembly, served at <c>/</c>.</summary>
internal static class WebUi
{
    public static void Use(WebApplication app)
    {
        // Resource names are the namespace plus the file name, so wwwroot stays one flat folder.
        var files = new EmbeddedFileProvider(typeof(WebUi).Assembly, "Kronika.Server.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
    }
}
