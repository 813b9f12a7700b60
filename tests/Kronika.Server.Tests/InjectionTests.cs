using System.Net;
using Kronika.Store;

namespace Kronika.Server.Tests;

/// <summary>SQL and FTS syntax through every filter is only ever a value: answers are normal, the archive unchanged.</summary>
[Collection(SampleArchiveCollection.Name)]
public sealed class InjectionTests(SampleArchive archive)
{
    public static readonly TheoryData<string> Hostile =
    [
        "' OR '1'='1",
        "\"; DROP TABLE documents; --",
        "1; DELETE FROM events",
        "x' UNION SELECT name FROM sqlite_master --",
        "NEAR(\"a\" \"b\") OR * -",
        "%_%",
        "\\' \0 \u202e",
        "<script>alert(1)</script>",
        "../../../../etc/passwd",
    ];

    private static readonly string[] Routes =
    [
        "/api/documents?outlet={0}",
        "/api/events?actor={0}",
        "/api/events?type={0}",
        "/api/events?country={0}",
        "/api/entities?name={0}",
        "/api/entities?type={0}",
        "/api/entities?country={0}",
        "/api/quotes?speaker={0}",
        "/api/quotes?text={0}",
        "/api/claims?actor={0}",
        "/api/search?q={0}",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Hostile_filter_values_return_normally(string value)
    {
        ArchiveStats before = await Api.GetAsync<ArchiveStats>(archive.Server.Client, "/api/stats");
        foreach (string route in Routes)
        {
            string path = string.Format(System.Globalization.CultureInfo.InvariantCulture, route, Uri.EscapeDataString(value));
            using HttpResponseMessage response = await archive.Server.Client.GetAsync(path);
            string body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
            Assert.DoesNotContain("<script>", body, StringComparison.Ordinal); // JSON escapes it
        }

        using HttpResponseMessage entity = await archive.Server.Client.GetAsync("/api/entities/" + Uri.EscapeDataString(value));
        // In the path Kestrel itself refuses a NUL (400); anything else is a name like another.
        Assert.True(entity.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.OK || (value.Contains('\0', StringComparison.Ordinal) && entity.StatusCode == HttpStatusCode.BadRequest), $"{(int)entity.StatusCode}");
        Assert.Equal(before, await Api.GetAsync<ArchiveStats>(archive.Server.Client, "/api/stats"));
    }
}
