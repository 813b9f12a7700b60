using Kronika.Core.Text;
using Kronika.Polish.Tagging;

namespace Kronika.Polish.Tests.Tagging;

public class FormCacheTests
{
    private static CandidateEntry EntryOf(string form) => new(form, [new MorphAnalysis(form, "ign")]);

    [Fact]
    public void Finds_each_kept_form_by_a_span_of_other_text_and_keeps_the_first_entry_of_a_form()
    {
        var cache = new FormCache(1000);
        CandidateEntry first = EntryOf("Rzeszów");
        Assert.Same(first, cache.GetOrAdd(first));
        Assert.Same(first, cache.GetOrAdd(EntryOf("Rzeszów")));

        Assert.True(cache.TryGetValue("w Rzeszowie i w Rzeszów".AsSpan(16), out CandidateEntry? found));
        Assert.Same(first, found);
        Assert.False(cache.TryGetValue("Rzeszowie", out _));
        Assert.False(cache.TryGetValue("rzeszów", out _));
        Assert.False(cache.TryGetValue("", out _));
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Grows_past_its_first_table_and_stops_keeping_forms_at_its_capacity()
    {
        var cache = new FormCache(5000);
        var entries = Enumerable.Range(0, 6000).Select(n => EntryOf("słowo" + n)).ToArray();
        foreach (CandidateEntry entry in entries)
        {
            cache.GetOrAdd(entry);
        }

        Assert.Equal(5000, cache.Count);
        for (int n = 0; n < entries.Length; n++)
        {
            bool kept = cache.TryGetValue("słowo" + n, out CandidateEntry? found);
            Assert.Equal(n < 5000, kept);
            Assert.Same(kept ? entries[n] : null, found);
        }
    }

    [Fact]
    public void Threads_adding_and_reading_at_once_all_see_one_entry_per_form()
    {
        var cache = new FormCache(100_000);
        string[] forms = [.. Enumerable.Range(0, 20_000).Select(n => $"forma{n % 7000}-{n % 3}")];
        var seen = new CandidateEntry[4][];
        Parallel.For(0, 4, thread =>
        {
            seen[thread] = new CandidateEntry[forms.Length];
            for (int k = 0; k < forms.Length; k++)
            {
                int n = (k * 7919 + thread * 104_729) % forms.Length;
                seen[thread][n] = cache.TryGetValue(forms[n], out CandidateEntry? found) ? found : cache.GetOrAdd(EntryOf(forms[n]));
                Assert.Equal(forms[n], seen[thread][n].Form);
            }
        });

        Assert.Equal(forms.Distinct().Count(), cache.Count);
        for (int n = 0; n < forms.Length; n++)
        {
            Assert.True(cache.TryGetValue(forms[n], out CandidateEntry? kept));
            Assert.All(seen, s => Assert.Same(kept, s[n]));
        }
    }
}
