namespace Kronika.Polish.Quotes;

/// <summary>A stretch of quoted words found by their marks or by a dialogue dash, before attribution.</summary>
/// <param name="First">The first quoted token.</param>
/// <param name="End">One past the last quoted token.</param>
/// <param name="Open">The opening mark, or -1 for dialogue.</param>
/// <param name="Close">The closing mark, or -1 when unclosed or dialogue.</param>
/// <param name="NarrationStart">For dialogue, the narration that names the speaker (<c>– powiedział Jan.</c>), or -1.</param>
internal readonly record struct DirectQuote(int First, int End, int Open, int Close, int NarrationStart = -1, int NarrationEnd = -1);
