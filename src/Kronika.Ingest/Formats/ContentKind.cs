namespace Kronika.Ingest.Formats;

/// <summary>What an input holds, decided from its content (the file extension or media type only breaks ties).</summary>
public enum ContentKind
{
    PlainText,
    Html,
    JsonLines,
    Feed,
}
