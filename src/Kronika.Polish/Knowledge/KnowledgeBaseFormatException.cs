namespace Kronika.Polish.Knowledge;

/// <summary>A knowledge-base file does not follow its format; the message names the file and line.</summary>
public sealed class KnowledgeBaseFormatException(string message) : Exception(message);
