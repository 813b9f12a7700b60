using System.Xml;
using System.Xml.Linq;
using CodeHollow.FeedReader;

namespace Kronika.Ingest.Formats;

/// <summary>
/// Walks an RSS (0.9x, 1.0, 2.0) or Atom feed one item at a time, so that a feed of 100,000 items never
/// exists as one parsed tree. Each item is handed to the feed library wrapped in a one-item copy of its
/// feed (the root's namespace declarations and the channel's own elements read so far), so the library's
/// reading of dates, content modules and links is kept; only the walking is ours.
/// </summary>
internal sealed class FeedItemStream : IDisposable
{
    private static readonly XmlReaderSettings Settings = new()
    {
        // A DOCTYPE (old RSS 0.91 feeds carry one) is skipped, never expanded.
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    private readonly XmlReader _reader;
    private XElement? _root;
    private XElement? _channel;
    private int _itemDepth = -1;
    private int _channelChildDepth = -1;
    private string _itemName = "";

    public FeedItemStream(string xml) => _reader = XmlReader.Create(new StringReader(xml), Settings);

    /// <summary>The feed's title, once the first item has been read.</summary>
    public string? Title { get; private set; }

    /// <summary>The feed's link, once the first item has been read.</summary>
    public string? Link { get; private set; }

    /// <summary>
    /// The next item, or null at the end of the feed. Throws <see cref="XmlException"/> for malformed XML
    /// and <see cref="FormatException"/> for a document that is no RSS or Atom feed.
    /// </summary>
    public FeedItem? Next()
    {
        while (!_reader.EOF)
        {
            if (_reader.NodeType != XmlNodeType.Element)
            {
                _reader.Read();
                continue;
            }

            if (_root is null)
            {
                StartFeed();
                continue;
            }

            if (_reader.Depth == _itemDepth && _reader.LocalName == _itemName)
            {
                return ReadItem((XElement)XNode.ReadFrom(_reader));
            }

            if (_reader.LocalName == "channel" && _reader.Depth == 1 && _channel is null)
            {
                _channel = CopyOfStart();
                _channelChildDepth = 2;
                _reader.Read();
                continue;
            }

            if (_channel is not null && _reader.Depth == _channelChildDepth)
            {
                // The channel's own elements (title, link, …): kept for the library's reading of the feed.
                _channel.Add(XNode.ReadFrom(_reader));
                continue;
            }

            _reader.Read();
        }

        return null;
    }

    private void StartFeed()
    {
        _root = CopyOfStart();
        (_itemName, _itemDepth) = _reader.LocalName switch
        {
            "rss" => ("item", 2),   // items inside <channel>
            "RDF" => ("item", 1),   // RSS 1.0: items beside <channel>
            "feed" => ("entry", 1), // Atom: the feed is its own channel
            string other => throw new FormatException($"the root element is <{other}>, not rss, rdf:RDF or feed"),
        };
        if (_reader.LocalName == "feed")
        {
            _channel = _root;
            _channelChildDepth = 1;
        }

        _reader.Read();
    }

    /// <summary>An element's name and attributes (namespace declarations included), without its content.</summary>
    private XElement CopyOfStart()
    {
        var element = new XElement(XName.Get(_reader.LocalName, _reader.NamespaceURI));
        if (_reader.MoveToFirstAttribute())
        {
            do
            {
                XName name = _reader.Prefix == "xmlns" ? XNamespace.Xmlns + _reader.LocalName
                    : _reader.Name == "xmlns" ? XName.Get("xmlns") : XName.Get(_reader.LocalName, _reader.NamespaceURI);
                element.SetAttributeValue(name, _reader.Value);
            }
            while (_reader.MoveToNextAttribute());
            _reader.MoveToElement();
        }

        return element;
    }

    private FeedItem ReadItem(XElement item)
    {
        XElement root = new(_root!.Name, _root.Attributes());
        if (ReferenceEquals(_channel, _root))
        {
            root.Add(_root.Elements(), item);
        }
        else
        {
            XElement channel = _channel is null ? new XElement(_root.Name.Namespace + "channel") : new XElement(_channel);
            if (_itemDepth == 2)
            {
                channel.Add(item);
                root.Add(channel);
            }
            else
            {
                root.Add(channel, item);
            }
        }

        Feed feed = FeedReader.ReadFromString(root.ToString(SaveOptions.DisableFormatting));
        Title ??= feed.Title;
        Link ??= feed.Link;
        return feed.Items.Count == 1 ? feed.Items[0] : throw new FormatException($"an <{_itemName}> the feed library could not read");
    }

    public void Dispose() => _reader.Dispose();
}
