using System.Diagnostics;
using Kronika.Core;
using Kronika.Core.Output;
using Kronika.Core.Pipeline;
using Kronika.Ingest.Sources;
using Kronika.Store;

namespace Kronika.Ingest;

/// <summary>
/// Runs ingest: articles are read in input order, extracted on <see cref="IngestOptions.Jobs"/> threads and
/// written by the calling thread alone, in input order. Writing in input order makes a run deterministic
/// and makes an interrupted run resumable: what was stored is a prefix of the inputs, each article whole
/// (the store writes one in one transaction), and a rerun skips it by its text hash before extracting.
/// </summary>
public sealed class IngestRunner(Pipeline pipeline, IArchiveStore store, ArticleSources sources, IngestOptions options)
{
    public IngestSummary Run(IReadOnlyList<IngestInput> inputs, IIngestProgress progress, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var tally = new IngestTally(progress);
        var writer = new ArchiveWriter(store, tally);
        IEnumerable<PreparedArticle> prepared = Items(inputs, progress)
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, options.Jobs))
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .WithCancellation(cancellationToken)
            .Select(Prepare);
        foreach (PreparedArticle item in prepared)
        {
            if (item.Error is not null)
            {
                tally.Failed(item.Source, item.Error);
            }
            else if (item.Extraction is null)
            {
                tally.Count(PutOutcome.Unchanged); // already stored: skipped before extraction
            }
            else
            {
                writer.Add(item);
            }
        }

        writer.Flush();
        return tally.Summary(clock.Elapsed);
    }

    /// <summary>Every input's articles in order; an input whose reading breaks off ends as one failed item and the next goes on.</summary>
    private IEnumerable<IngestItem> Items(IReadOnlyList<IngestInput> inputs, IIngestProgress progress)
    {
        int expected = inputs.Count;
        progress.Expect(expected);
        foreach (IngestInput input in inputs)
        {
            int count = 0;
            using IEnumerator<IngestItem> items = sources.Read(input).GetEnumerator();
            while (true)
            {
                IngestItem? next;
                bool broken = false;
                try
                {
                    next = items.MoveNext() ? items.Current : null;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    next = IngestItem.Failed(input.Name, Reason(e));
                    broken = true;
                }

                if (next is null)
                {
                    break;
                }

                if (++count > 1)
                {
                    progress.Expect(++expected);
                }

                yield return next;
                if (broken)
                {
                    break;
                }
            }

            if (count == 0)
            {
                progress.Expect(--expected); // an empty feed or JSON Lines file
            }
        }
    }

    private PreparedArticle Prepare(IngestItem item)
    {
        if (item.Article is not { } article)
        {
            return new PreparedArticle(item.Source, null, null, null, item.Error);
        }

        try
        {
            ArticleMetadata metadata = article.Metadata.Date is null && options.DefaultDate is { } date ? article.Metadata with { Date = date } : article.Metadata;
            Document document = Document.Create(article.Text, new DocumentInfo(Source: metadata.Origin, Title: metadata.Title, Date: metadata.Date));
            if (string.IsNullOrWhiteSpace(document.Text))
            {
                return new PreparedArticle(item.Source, null, null, null, "no text");
            }

            if (store.Contains(document.Sha256))
            {
                return new PreparedArticle(item.Source, metadata, document.Text, null, null);
            }

            pipeline.Process(document);
            return new PreparedArticle(item.Source, metadata, document.Text, ExtractionResultBuilder.From(document), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new PreparedArticle(item.Source, null, null, null, $"extraction failed: {Reason(e)}");
        }
    }

    internal static string Reason(Exception e) => $"{e.GetType().Name}: {e.Message}".Split('\n')[0].TrimEnd();
}
