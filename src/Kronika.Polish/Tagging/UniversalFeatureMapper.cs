namespace Kronika.Polish.Tagging;

/// <summary>Maps the values of an NKJP tag to Universal Dependencies features (for CoNLL-U output and evaluation).</summary>
public static class UniversalFeatureMapper
{
    public static string Features(ParsedTag tag)
    {
        var features = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach ((string category, string value) in tag.Values)
        {
            switch (category)
            {
                case "case":
                    features["Case"] = UniversalPosMapper.UdCase(value) ?? value;
                    break;
                case "number":
                    features["Number"] = value == "sg" ? "Sing" : "Plur";
                    break;
                case "gender":
                    AddGender(features, value);
                    break;
                case "person":
                    features["Person"] = value switch { "pri" => "1", "sec" => "2", _ => "3" };
                    break;
                case "aspect":
                    features["Aspect"] = value == "perf" ? "Perf" : "Imp";
                    break;
                case "degree":
                    features["Degree"] = value switch { "com" => "Cmp", "sup" => "Sup", _ => "Pos" };
                    break;
                case "negation":
                    features["Polarity"] = value == "neg" ? "Neg" : "Pos";
                    break;
            }
        }

        return features.Count == 0 ? "_" : string.Join('|', features.Select(p => $"{p.Key}={p.Value}"));
    }

    private static void AddGender(SortedDictionary<string, string> features, string value)
    {
        switch (value)
        {
            case "m1":
                features["Gender"] = "Masc";
                features["Animacy"] = "Hum";
                break;
            case "m2":
                features["Gender"] = "Masc";
                features["Animacy"] = "Nhum";
                break;
            case "m3":
                features["Gender"] = "Masc";
                features["Animacy"] = "Inan";
                break;
            case "f":
                features["Gender"] = "Fem";
                break;
            case "n":
                features["Gender"] = "Neut";
                break;
        }
    }
}
