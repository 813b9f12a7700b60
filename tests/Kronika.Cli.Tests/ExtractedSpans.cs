using System.Text.Json;

namespace Kronika.Cli.Tests;

/// <summary>Checks the offsets of a <c>kronika/1</c> record against the text it was extracted from (docs/schema.md, Offsets).</summary>
internal static class ExtractedSpans
{
    /// <summary>
    /// Every object with <c>start</c> and <c>end</c> must be a well-formed range inside <paramref name="text"/>
    /// (NFC, as Kronika stores it) that does not split a surrogate pair, and its <c>text</c>, when given, must be exactly that slice.
    /// Returns how many spans were checked.
    /// </summary>
    public static int AssertInside(string json, string text)
    {
        string normalised = text.Normalize(System.Text.NormalizationForm.FormC);
        using JsonDocument record = JsonDocument.Parse(json);
        Assert.Equal("kronika/1", record.RootElement.GetProperty("schema").GetString());
        return Check(record.RootElement, normalised);
    }

    private static int Check(JsonElement element, string text)
    {
        int checkedSpans = 0;
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("start", out JsonElement startValue) && element.TryGetProperty("end", out JsonElement endValue)
                && startValue.ValueKind == JsonValueKind.Number)
            {
                int start = startValue.GetInt32(), end = endValue.GetInt32();
                Assert.True(0 <= start && start <= end && end <= text.Length, $"span [{start}, {end}) outside a text of {text.Length} characters");
                Assert.False(start > 0 && start < text.Length && char.IsLowSurrogate(text[start]), $"span [{start}, {end}) starts inside a surrogate pair");
                Assert.False(end > 0 && end < text.Length && char.IsLowSurrogate(text[end]), $"span [{start}, {end}) ends inside a surrogate pair");
                if (element.TryGetProperty("text", out JsonElement slice) && slice.ValueKind == JsonValueKind.String)
                {
                    Assert.Equal(text[start..end], slice.GetString());
                }

                checkedSpans++;
            }

            foreach (JsonProperty property in element.EnumerateObject())
            {
                checkedSpans += Check(property.Value, text);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in element.EnumerateArray())
            {
                checkedSpans += Check(item, text);
            }
        }

        return checkedSpans;
    }
}
