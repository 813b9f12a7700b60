using Kronika.Store;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Kronika.Server.Tests;

/// <summary>
/// The web UI in Debian's Chromium, driven headless by Playwright over the sample archive: the timeline,
/// filtered by an actor, then an event's source article with its trigger highlighted. CI installs the
/// chromium package (.ci/run), so the test runs there; screenshots go to artifacts/ beside the test binaries.
/// </summary>
[Collection(SampleArchiveCollection.Name)]
public sealed class BrowserTests(SampleArchive archive, ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task Timeline_filtered_by_an_actor_leads_to_the_highlighted_trigger_in_the_article()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium package (as .ci/run does)");
        // The actor of the event most outlets report: its timeline shows what merging across articles gives.
        Page<ArchiveEvent> all = await Api.GetAsync<Page<ArchiveEvent>>(archive.Server.Client, "/api/events?limit=1000");
        EntityRef actor = all.Items.MaxBy(e => e.NumSources)!.Source[0];
        string artifacts = Artifacts();

        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true });
        IPage page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        page.SetDefaultTimeout(20_000);
        var pageErrors = new List<string>();
        page.PageError += (_, error) => pageErrors.Add(error);

        await page.GotoAsync(new Uri(archive.Server.Address, "/#/timeline").ToString());
        await WaitForViewAsync(page);
        Assert.True(await page.Locator(".event").CountAsync() > 0, "the timeline shows no event");

        await page.FillAsync("#f-actor", actor.Name);
        await page.ClickAsync("form.filters button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("actor=", StringComparison.Ordinal));
        await WaitForViewAsync(page);
        ILocator events = page.Locator(".event");
        int shown = await events.CountAsync();
        Assert.True(shown > 0, $"no event on the timeline for {actor.Name}");
        for (int i = 0; i < shown; i++)
        {
            Assert.Contains(actor.Name, await events.Nth(i).Locator(".actors").InnerTextAsync(), StringComparison.Ordinal);
        }

        string timelineShot = Path.Combine(artifacts, "timeline.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = timelineShot, FullPage = false });
        output.WriteLine($"screenshot: {timelineShot}");

        ILocator source = events.First.Locator("a.source-link").First;
        string trigger = await events.First.Locator(".trigger-text").First.InnerTextAsync();
        await source.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("#/document/", StringComparison.Ordinal));
        await WaitForViewAsync(page);
        string localId = new Uri(page.Url).Fragment.Split("event=")[1];
        ILocator highlighted = page.Locator($"mark.k-trigger.f-event-{localId}");
        await highlighted.First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        Assert.Equal(trigger, string.Concat(await highlighted.AllInnerTextsAsync()));
        Assert.True(await page.Locator("mark.k-entity").CountAsync() > 0, "no entity highlighted in the article");

        string documentShot = Path.Combine(artifacts, "document.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = documentShot });
        output.WriteLine($"screenshot: {documentShot}");
        Assert.Empty(pageErrors);
    }

    [Fact]
    public async Task Every_page_renders_on_a_phone_without_errors_or_sideways_scrolling()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium package (as .ci/run does)");
        Page<ArchiveEvent> all = await Api.GetAsync<Page<ArchiveEvent>>(archive.Server.Client, "/api/events?limit=1000");
        ArchiveEvent merged = all.Items.MaxBy(e => e.NumSources)!;
        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true });
        IPage page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        page.SetDefaultTimeout(20_000);
        var pageErrors = new List<string>();
        page.PageError += (_, error) => pageErrors.Add(error);

        string[] views =
        [
            "#/timeline", $"#/actor/{merged.Source[0].Id}", "#/quotes?text=bezpiecze%C5%84stwa", "#/claims",
            "#/documents", $"#/document/{merged.Mentions[0].DocumentId}", "#/search?q=Nawrocki",
        ];
        foreach (string view in views)
        {
            await page.GotoAsync(new Uri(archive.Server.Address, "/" + view).ToString());
            await WaitForViewAsync(page);
            Assert.Equal(0, await page.Locator(".error").CountAsync());
            Assert.True(await page.Locator("main h1").CountAsync() == 1, $"{view} has no heading");
            bool fits = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1");
            Assert.True(fits, $"{view} scrolls sideways on a phone");
            string name = view[2..].Split('/', '?')[0];
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts(), $"phone-{name}.png"), FullPage = true });
            if (view.StartsWith("#/actor/", StringComparison.Ordinal))
            {
                Assert.True(await page.Locator("svg.network circle.partner").CountAsync() > 0, "the actor page draws no partner");
            }

            if (view.StartsWith("#/search", StringComparison.Ordinal))
            {
                Assert.True(await page.Locator(".snippet mark.hit").CountAsync() > 0, "the search hits mark no word");
            }
        }

        Assert.Empty(pageErrors);
    }

    private static string Artifacts() => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    /// <summary>Waits until the page has drawn the view its address names (app.js marks the body when done).</summary>
    private static Task WaitForViewAsync(IPage page) =>
        page.WaitForFunctionAsync("() => document.body.dataset.rendered === location.hash");
}
