namespace Kronika.Core.Text;

/// <summary>What a token is, as decided by the tokenizer before any morphology.</summary>
public enum TokenKind : byte
{
    Word,
    Number,
    /// <summary>An abbreviation that keeps its final period (<c>np.</c>, <c>m.in.</c>, <c>r.</c>).</summary>
    Abbreviation,
    /// <summary>A single initial with its period (<c>J.</c> in <c>J. Biden</c>).</summary>
    Initial,
    Punctuation,
    /// <summary>An opening or closing quotation mark.</summary>
    Quote,
    /// <summary>An en dash, em dash or a spaced hyphen used as punctuation.</summary>
    Dash,
    Date,
    Time,
    Url,
    Email,
    Hashtag,
    Mention,
    Symbol,
}
