using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Kronika.Core.Output;
using Kronika.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Kronika.Server;

/// <summary><c>POST /api/documents</c>: extracts one article and stores it, for callers holding the API key.</summary>
internal static class WriteEndpoints
{
    public const string RateLimitPolicy = "writes";

    /// <summary>Longest title, URL or outlet name accepted.</summary>
    private const int MaxFieldLength = 2000;

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/documents", Post)
            .WithTags("archive")
            .WithSummary("Ingests one article ({title, text, date, url, source}); needs the X-Api-Key header.")
            .Accepts<ArticleSubmission>("application/json")
            .Produces<SubmissionResult>(StatusCodes.Status201Created)
            .Produces<SubmissionResult>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RateLimitPolicy);
    }

    private static async Task<IResult> Post(HttpRequest request, ApiKey key, IArchiveStore archive, IArticleExtractor extractor, IOptions<JsonOptions> json, AnswerCache answers)
    {
        // The key is checked before the body is read: without it the server does no work at all.
        if (!key.WritesEnabled)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Writes disabled", detail: "The server was started without an API key, so it accepts no writes.");
        }

        if (!key.Matches(request.Headers[ApiKey.HeaderName].FirstOrDefault()))
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "API key required", detail: $"Send the key given at start-up in the {ApiKey.HeaderName} header.");
        }

        if (!request.HasJsonContentType())
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type", detail: "Send the article as application/json.");
        }

        ArticleSubmission? submission;
        try
        {
            submission = await request.ReadFromJsonAsync(TypeInfo<ArticleSubmission>(json), request.HttpContext.RequestAborted);
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's own limits (body too large, too slow): its status, told as a problem.
            return Results.Problem(statusCode: e.StatusCode, title: e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Body too large" : "Bad request", detail: e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The article is larger than the server accepts." : "The body could not be read.");
        }
        catch (JsonException)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed JSON", detail: "The body is not a JSON object {title, text, date, url, source}.");
        }

        var values = new Dictionary<string, string[]>(StringComparer.Ordinal);
        ArticleMetadata? article = Validate(submission, values);
        if (article is null)
        {
            return Results.ValidationProblem(values, title: "Invalid article");
        }

        ExtractedArticle extracted = extractor.Extract(submission!.Text!, article);
        ExtractionResult extraction = extracted.Extraction;
        PutOutcome outcome = archive.Put(article, extracted.Text, extraction);
        answers.RequireFresh(); // the writer reads what it wrote, not a cached answer from before
        var result = new SubmissionResult(
            outcome.ToString().ToLowerInvariant(),
            extraction.Document.Sha256,
            extraction.Entities.Length,
            extraction.Events.Length,
            extraction.Quotes.Length,
            extraction.Claims.Length);
        return outcome == PutOutcome.Unchanged ? Results.Ok(result) : Results.Json(result, TypeInfo<SubmissionResult>(json), statusCode: StatusCodes.Status201Created);
    }

    private static ArticleMetadata? Validate(ArticleSubmission? submission, Dictionary<string, string[]> errors)
    {
        if (submission is null)
        {
            errors["body"] = ["Send a JSON object, not null."];
            return null;
        }

        if (string.IsNullOrWhiteSpace(submission.Text))
        {
            errors["text"] = ["The article's text is required."];
        }

        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(submission.Date))
        {
            if (DateOnly.TryParseExact(submission.Date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly parsed))
            {
                date = parsed;
            }
            else
            {
                errors["date"] = ["A date is written yyyy-MM-dd."];
            }
        }

        if (!string.IsNullOrWhiteSpace(submission.Url) && !(Uri.TryCreate(submission.Url.Trim(), UriKind.Absolute, out Uri? address) && (address.Scheme == Uri.UriSchemeHttp || address.Scheme == Uri.UriSchemeHttps)))
        {
            errors["url"] = ["An absolute http or https address."];
        }

        foreach ((string name, string? value) in new[] { ("title", submission.Title), ("url", submission.Url), ("source", submission.Source) })
        {
            if (value is { Length: > MaxFieldLength })
            {
                errors[name] = [$"At most {MaxFieldLength} characters."];
            }
        }

        if (errors.Count > 0)
        {
            return null;
        }

        string? url = Blank(submission.Url);
        return new ArticleMetadata(Origin: url ?? "api", Title: Blank(submission.Title), Date: date, Url: url, Outlet: Blank(submission.Source));
    }

    private static JsonTypeInfo<T> TypeInfo<T>(IOptions<JsonOptions> json) => (JsonTypeInfo<T>)json.Value.SerializerOptions.GetTypeInfo(typeof(T));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
