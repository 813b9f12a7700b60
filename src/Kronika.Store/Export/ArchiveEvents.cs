namespace Kronika.Store.Export;

/// <summary>Every archive event, read page by page so that an export never holds the whole archive.</summary>
public static class ArchiveEvents
{
    public static IEnumerable<ArchiveEvent> All(IArchiveStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        for (int offset = 0; ; offset += PageRequest.MaxLimit)
        {
            Page<ArchiveEvent> page = store.Events(new EventQuery(Page: new PageRequest(offset, PageRequest.MaxLimit)));
            foreach (ArchiveEvent e in page.Items)
            {
                yield return e;
            }

            if (offset + page.Items.Count >= page.Total || page.Items.Count == 0)
            {
                yield break;
            }
        }
    }
}
