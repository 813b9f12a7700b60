using System.Collections.Concurrent;

namespace Kronika.Polish.Tagging;

/// <summary>What the features need to know of a tag, computed once per distinct tag.</summary>
internal sealed class TagInfo
{
    private static readonly ConcurrentDictionary<string, TagInfo> Cache = new(StringComparer.Ordinal);

    private TagInfo(ParsedTag parsed)
    {
        Parsed = parsed;
        TagHash = FeatureHash.Of(parsed.Tag);
        PosHash = FeatureHash.Of(parsed.Pos);
        CaseHash = FeatureHash.Of(parsed.Case ?? "-");
        AgreementHash = FeatureHash.Of((parsed.Get("number") ?? "-") + ":" + (parsed.Get("gender") ?? "-") + ":" + (parsed.Case ?? "-"));
        IsVerbal = parsed.Pos is "fin" or "praet" or "inf" or "impt" or "imps" or "pcon" or "pant" or "bedzie" or "winien" or "ger" or "pact" or "ppas";
        IsPreposition = parsed.Pos == "prep";
        IsNominative = parsed.Pos is "subst" or "ppron12" or "ppron3" or "depr" && parsed.Case == "nom";
    }

    public ParsedTag Parsed { get; }

    public ulong TagHash { get; }

    public ulong PosHash { get; }

    public ulong CaseHash { get; }

    /// <summary>Number, gender and case together: what agreement between neighbours is about.</summary>
    public ulong AgreementHash { get; }

    public bool IsVerbal { get; }

    public bool IsPreposition { get; }

    public bool IsNominative { get; }

    public static TagInfo Of(string tag, NkjpTagset tagset) =>
        Cache.GetOrAdd(tag, static (t, set) => new TagInfo(set.Parse(t)), tagset);
}
