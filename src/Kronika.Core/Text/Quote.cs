namespace Kronika.Core.Text;

/// <summary>
/// A quotation: the words quoted (without their quotation marks) or, for indirect speech, the reported
/// clause, and who said them.
/// </summary>
/// <param name="Direct">False for indirect speech (<c>powiedział, że …</c>, <c>według X …</c>).</param>
/// <param name="Speaker">Index into <see cref="Document.Entities"/>, or null when the text names nobody.</param>
/// <param name="SpeakerMention">The mention of the speaker the attribution rests on, if it is in the text near the quote.</param>
/// <param name="Cue">The word that attributes the quote (<c>powiedział</c>, <c>według</c>), if any.</param>
/// <param name="CueLemma">The base form of the cue (<c>powiedzieć</c>).</param>
public sealed record Quote(int Start, int End, bool Direct, int? Speaker, TextSpan? SpeakerMention, TextSpan? Cue, string? CueLemma)
{
    public TextSpan Span => new(Start, End);
}
