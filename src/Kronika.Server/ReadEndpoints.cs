using Kronika.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kronika.Server;

/// <summary>The read routes of <c>/api</c>: paged, filtered like the query commands, never writing; answered through the <see cref="AnswerCache"/>.</summary>
internal static class ReadEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        RouteGroupBuilder api = routes.MapGroup("/api").WithTags("archive");
        api.AddEndpointFilter((context, next) => context.HttpContext.RequestServices.GetRequiredService<AnswerCache>().Answer(context, next));

        api.MapGet("/documents", (IArchiveStore archive, string? outlet, string? from, string? to, string? offset, string? limit) =>
        {
            var values = new QueryValues();
            var query = new DocumentQuery(values.Text("outlet", outlet), values.Date("from", from), values.Date("to", to), values.Page(offset, limit));
            values.Range(query.From, query.To);
            return values.Valid ? Results.Ok(archive.Documents(query)) : values.Problem();
        }).WithSummary("Stored articles, newest first, optionally by outlet and publication date.");

        api.MapGet("/documents/{id:long}", (IArchiveStore archive, long id) =>
            archive.Document(id) is { } document ? Results.Ok(document) : NotFound("document", id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .WithSummary("One article: its text and the extraction whose spans point into it.");

        api.MapGet("/events", (IArchiveStore archive, string? actor, string? type, string? from, string? to, string? country, string? status, string? offset, string? limit) =>
        {
            var values = new QueryValues();
            var query = new EventQuery(
                values.Text("actor", actor),
                values.Text("type", type),
                values.Date("from", from),
                values.Date("to", to),
                values.Text("country", country),
                values.Status("status", status),
                values.Page(offset, limit));
            values.Range(query.From, query.To);
            return values.Valid ? Results.Ok(archive.Events(query)) : values.Problem();
        }).WithSummary("Archive events merged across articles; actor (either side), PLOVER type or CAMEO prefix, dates, country, status.");

        api.MapGet("/events/{id:long}", (IArchiveStore archive, long id) =>
            archive.Event(id) is { } found ? Results.Ok(found) : NotFound("event", id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .WithSummary("One archive event with every article's mention of it.");

        api.MapGet("/entities", (IArchiveStore archive, string? type, string? country, string? name, string? offset, string? limit) =>
        {
            var values = new QueryValues();
            var query = new EntityQuery(values.Text("type", type), values.Text("country", country), values.Text("name", name), values.Page(offset, limit));
            return values.Valid ? Results.Ok(archive.Entities(query)) : values.Problem();
        }).WithSummary("Archive entities (people, organisations, countries, places), most mentioned first.");

        api.MapGet("/entities/{id}", (IArchiveStore archive, string id) =>
        {
            var values = new QueryValues();
            string? key = values.Text("id", id);
            if (!values.Valid || key is null)
            {
                return values.Valid ? NotFound("entity", id) : values.Problem();
            }

            return archive.Entity(key) is { } record ? Results.Ok(record) : NotFound("entity", key);
        }).WithSummary("One entity by archive id, knowledge-base id or name: its names, roles and partners.");

        api.MapGet("/quotes", (IArchiveStore archive, string? speaker, string? text, string? offset, string? limit) =>
        {
            var values = new QueryValues();
            var query = new QuoteQuery(values.Text("speaker", speaker), values.Text("text", text), values.Page(offset, limit));
            return values.Valid ? Results.Ok(archive.Quotes(query)) : values.Problem();
        }).WithSummary("Quotations, by speaker and by words they contain.");

        api.MapGet("/claims", (IArchiveStore archive, string? denied, string? actor, string? offset, string? limit) =>
        {
            var values = new QueryValues();
            var query = new ClaimQuery(values.Flag("denied", denied), values.Text("actor", actor), values.Page(offset, limit));
            return values.Valid ? Results.Ok(archive.Claims(query)) : values.Problem();
        }).WithSummary("Claims with every outlet's report of them and any denial.");

        api.MapGet("/search", (IArchiveStore archive, string? q, string? offset, string? limit) =>
        {
            var values = new QueryValues();
            string? words = values.Text("q", q);
            PageRequest page = values.Page(offset, limit);
            if (values.Valid && words is null)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["q"] = ["Give the words to search for."] }, title: "Invalid query");
            }

            return values.Valid ? Results.Ok(archive.Search(words!, page)) : values.Problem();
        }).WithSummary("Full-text search over articles, quotations and claims.");

        api.MapGet("/stats", (IArchiveStore archive) => Results.Ok(archive.Stats()))
            .WithSummary("What the archive holds: counts and the span of dates.");
    }

    private static IResult NotFound(string what, string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No {what} '{id}' in the archive.");
}
