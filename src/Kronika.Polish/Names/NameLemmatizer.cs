using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using Kronika.Core;
using Kronika.Core.Pipeline;
using Kronika.Core.Text;
using Kronika.Polish.Morphology;

namespace Kronika.Polish.Names;

/// <summary>
/// The nominative base form of a whole name (<c>Korei Północnej</c> → <c>Korea Północna</c>,
/// <c>Departamentu Stanu USA</c> → <c>Departament Stanu USA</c>). The head and the words that agree with
/// it (adjectives, the first-name + surname chain of a person) go to the nominative of the head's number
/// and gender; genitive complements, acronyms and foreign words stay as written; every word keeps its
/// capitalisation. Results are cached per mention string; thread-safe.
/// </summary>
public sealed class NameLemmatizer
{
    private const int MaxCacheEntries = 200_000;

    private readonly PolishMorphology _morphology;
    private readonly Pipeline _analysis;
    private readonly NominativeGenerator _generator;
    private readonly NameSuffixRules? _rules;
    private readonly NameLemmaSources _sources;
    private readonly BoundedCache<string, string> _cache = new(MaxCacheEntries, StringComparer.Ordinal);
    private readonly HashSet<string> _ignoredLemmas = [.. PolishDataFiles.ReadLines(IgnoredLemmasFile)];
    private readonly AttachedEnding _attachedEnding = new();

    /// <summary>The data file of lemmas whose readings never decline a name part (<c>ki</c>, whose <c>kim</c> is the surname Kim).</summary>
    public const string IgnoredLemmasFile = "name-ignored-lemmas.txt";

    public NameLemmatizer(PolishLanguage polish, NameSuffixRules? rules, NameLemmaSources sources = NameLemmaSources.All)
    {
        ArgumentNullException.ThrowIfNull(polish);
        _morphology = polish.Morphology;
        _analysis = polish.CreateAnalysisPipeline();
        _generator = new NominativeGenerator(polish.Morphology);
        _rules = rules;
        _sources = sources;
    }

    /// <summary>The base form of the tokens [<paramref name="firstToken"/>, <paramref name="endToken"/>) of an analysed document.</summary>
    public string Lemmatize(Document document, int firstToken, int endToken) => Lemmatize(document, firstToken, endToken, default);

    /// <summary>The base form of a token range whose kind of name the recogniser gives (an adjective name goes to <c>polski</c>).</summary>
    public string Lemmatize(Document document, int firstToken, int endToken, NameCategory category)
    {
        ArgumentNullException.ThrowIfNull(document);
        ImmutableArray<Token> tokens = document.Tokens;
        int start = tokens[firstToken].Start;
        ReadOnlySpan<char> text = document.Text.AsSpan(start, tokens[endToken - 1].End - start);
        // The tags the tagger chose are part of the key: the same words tagged otherwise in another sentence
        // may have another base form, and a key of the words alone made the result depend on which document
        // the process happened to see first (a resumed ingest then differed from a clean one). The key is
        // written into a buffer and looked up as a span: a name seen before costs no string.
        ReadOnlySpan<MorphAnalysis> analyses = document.Morphology.AsSpan(firstToken, endToken - firstToken);
        string? categoryKey = category == default ? null : CategoryKeys.GetOrAdd(category, static c => c.Key);
        int length = text.Length + (categoryKey is null ? 0 : 1 + categoryKey.Length) + analyses.Length;
        foreach (MorphAnalysis analysis in analyses)
        {
            length += analysis.Tag.Length;
        }

        char[]? rented = null;
        Span<char> key = length <= KeyStackLimit ? stackalloc char[KeyStackLimit] : (rented = ArrayPool<char>.Shared.Rent(length));
        try
        {
            key = key[..WriteKey(key, text, categoryKey, analyses)];
            if (_cache.TryGetValue<ReadOnlySpan<char>>(key, out string? known))
            {
                return known;
            }

            string result = LemmatizeWords(document, firstToken, endToken, null, category);
            _cache.TryAdd(new string(key), result);
            return result;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private const int KeyStackLimit = 512;

    /// <summary>Each kind of name's <see cref="NameCategory.Key"/>, made once (a handful of them).</summary>
    private static readonly ConcurrentDictionary<NameCategory, string> CategoryKeys = new();

    /// <summary>
    /// Writes the cache key of a mention: its text, then (for a known kind of name) U+0001 and the kind's key,
    /// then U+0003 and the tags of its words joined by U+0002. Returns the key's length.
    /// </summary>
    private static int WriteKey(Span<char> key, ReadOnlySpan<char> text, string? categoryKey, ReadOnlySpan<MorphAnalysis> analyses)
    {
        text.CopyTo(key);
        int at = text.Length;
        if (categoryKey is not null)
        {
            key[at++] = '\u0001';
            categoryKey.CopyTo(key[at..]);
            at += categoryKey.Length;
        }

        key[at++] = '\u0003';
        for (int i = 0; i < analyses.Length; i++)
        {
            if (i > 0)
            {
                key[at++] = '\u0002';
            }

            analyses[i].Tag.CopyTo(key[at..]);
            at += analyses[i].Tag.Length;
        }

        return at;
    }

    /// <summary>The base form of a name phrase given alone (tokenised and tagged here, without sentence context).</summary>
    public string LemmatizePhrase(string phrase) => LemmatizePhrase(phrase, default);

    /// <summary>The base form of a name phrase given alone, of the given kind.</summary>
    public string LemmatizePhrase(string phrase, NameCategory category)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        string trimmed = phrase.Trim();
        if (trimmed.Length == 0)
        {
            return "";
        }

        return Cached(CacheKey(trimmed, category), () =>
        {
            Document document = Analyse(trimmed);
            return LemmatizeWords(document, 0, document.Tokens.Length, null, category);
        });
    }

    private static string CacheKey(string text, NameCategory category) => category == default ? text : text + "\u0001" + category.Key;

    /// <summary>Tokenises and tags a phrase on its own.</summary>
    internal Document Analyse(string phrase)
    {
        Document document = Document.Create(phrase);
        _analysis.Process(document, CancellationToken.None);
        return document;
    }

    private string Cached(string key, Func<string> compute)
    {
        if (_cache.TryGetValue(key, out string? known))
        {
            return known;
        }

        string result = compute();
        _cache.TryAdd(key, result);

        return result;
    }

    /// <summary>
    /// Lemmatises a token range. When <paramref name="teacher"/> is given (training), each word the rules
    /// would handle is reported with its context and the gold word is used in its place.
    /// </summary>
    internal string LemmatizeWords(Document document, int firstToken, int endToken, RuleTeacher? teacher, NameCategory category = default)
    {
        if (category.IsAdjective)
        {
            return AdjectiveBaseForm(document, firstToken, endToken);
        }

        ImmutableArray<Token> tokens = document.Tokens;
        ImmutableArray<MorphAnalysis> chosen = document.Morphology;
        int count = endToken - firstToken;
        var written = new string[count];
        var output = new string?[count];
        var prefixes = new string?[count];
        for (int i = 0; i < count; i++)
        {
            written[i] = document.TextOf(tokens[firstToken + i]);
        }

        if (IsTitle(written))
        {
            return document.Text[tokens[firstToken].Start..tokens[endToken - 1].End]; // Otwórz książkę, W sieci: a title, not a declined name
        }

        // First the declinable core (dictionary words that agree), and the unknown words the rules may change.
        // An organisation may be named for its people (Demokraci), a place or a thing never is.
        var group = new AgreementGroup { NotAPerson = category.Type is EntityType.Country or EntityType.Location or EntityType.Event or EntityType.Product };
        var ruleWords = new List<int>();
        var declinable = new List<int>();
        for (int i = 0; i < count; i++)
        {
            Token token = tokens[firstToken + i];
            string word = written[i];
            if (_attachedEnding.StemOf(word) is { } stem)
            {
                output[i] = stem; // de Gaulle'a, NATO-wi: the stem never declines
                continue;
            }

            if (token.Kind != TokenKind.Word || IsIndeclinable(word) || IsCompoundAdjectivePart(word))
            {
                continue; // Chrześcijańsko-Narodowe: the first part of a compound adjective never declines
            }

            List<NameReading> readings = (_sources & NameLemmaSources.Dictionary) != 0 ? ReadingsOf(word) : [];
            if (readings.Count == 0 && (_sources & NameLemmaSources.Dictionary) != 0 && CompoundAdjective(word) is var (prefix, last, lastReadings))
            {
                // Wojskowo-Rewolucyjnej: only the last part of a compound adjective the dictionary lacks declines.
                readings = lastReadings;
                prefixes[i] = prefix;
                written[i] = last;
            }

            if (readings.Count > 0)
            {
                if (!group.TryJoin(i, readings, IsCapitalised(word), SignatureOf(chosen[firstToken + i].Tag)))
                {
                    break;
                }
            }
            else if (IsKnownFunctionWord(word) || !group.AcceptsUnknownWord)
            {
                break;
            }
            else if (_morphology.Analyze(word).Count == 0)
            {
                ruleWords.Add(i);
            }

            // else: a capitalised word that is a Polish function word in lower case (Kim) is a foreign name part, kept.

            declinable.Add(i);
        }

        foreach ((int index, string baseForm) in group.Nominatives(_generator, written))
        {
            output[index] = NameCasing.Transfer(written[index], baseForm);
        }

        // Then the unknown words, in order, each seeing whether the word before it changed; none change
        // when the dictionary words show the name is already in the nominative (Marcin Zatyka).
        if (!group.IsNominative)
        {
            char position = 'F';
            foreach (int i in declinable)
            {
                if (ruleWords.Contains(i))
                {
                    var context = new NameWordContext(position, CaseOf(chosen[firstToken + i].Tag));
                    output[i] = teacher is null ? Rewrite(written[i], context) : teacher.Observe(i, written[i], context);
                }

                position = output[i] is { } changed && changed != written[i] ? 'C' : 'K';
            }
        }

        return Join(document, firstToken, endToken, i => prefixes[i] + (output[i] ?? written[i]));
    }

    // An adjective name (polskiej, Europejskiej, polsko-czeska) has the masculine singular nominative of each
    // adjective as its base form, in lower case like the dictionary's lemma; other words stay as written.
    private string AdjectiveBaseForm(Document document, int firstToken, int endToken) =>
        Join(document, firstToken, endToken, i =>
        {
            string word = document.TextOf(document.Tokens[firstToken + i]);
            return _morphology.Analyze(word).Where(a => a.Pos == "adj").Select(a => a.Lemma).FirstOrDefault() ?? word;
        });

    // The words of a token range with the text between them kept as written.
    private static string Join(Document document, int firstToken, int endToken, Func<int, string> wordAt)
    {
        ImmutableArray<Token> tokens = document.Tokens;
        var builder = new StringBuilder();
        int at = tokens[firstToken].Start;
        for (int i = firstToken; i < endToken; i++)
        {
            builder.Append(document.Text, at, tokens[i].Start - at).Append(wordAt(i - firstToken));
            at = tokens[i].End;
        }

        return builder.ToString();
    }

    private string Rewrite(string word, NameWordContext context)
    {
        if (_rules is null || (_sources & NameLemmaSources.Rules) == 0)
        {
            return word;
        }

        string? rewritten = _rules.Predict(word, context).Apply(word);
        return rewritten is null ? word : NameCasing.Transfer(word, rewritten);
    }

    /// <summary>The noun and adjective readings of a word; for a capitalised word, only when it is not a common word in lower case.</summary>
    internal List<NameReading> ReadingsOf(string word)
    {
        var readings = new List<NameReading>();
        foreach (MorphAnalysis analysis in _morphology.Analyze(word))
        {
            if (!_ignoredLemmas.Contains(analysis.Lemma) && NameReading.From(analysis.Lemma, analysis.Tag) is { } reading && !readings.Contains(reading))
            {
                readings.Add(reading);
            }
        }

        return readings;
    }

    // A lower-case word the dictionary knows only as a preposition, conjunction… ends the declinable part (Uniwersytet w Warszawie).
    private bool IsKnownFunctionWord(string word) => !IsCapitalised(word) && _morphology.Analyze(word).Count > 0;

    // A phrase that starts with a verb or a preposition is a title or a slogan, kept as written; so is one
    // whose capitalised first word may be a preposition and is followed by a lower-case word (W sieci, Na celowniku).
    private bool IsTitle(string[] written)
    {
        string first = written[0];
        if (first.Length == 0 || !char.IsLetter(first[0]))
        {
            return false;
        }

        IReadOnlyList<MorphAnalysis> analyses = _morphology.Analyze(first);
        return analyses.Count > 0 && ((!IsIndeclinable(first) && analyses.All(a => a.Pos is "prep" or "fin" or "impt" or "praet" or "inf" or "conj" or "comp"))
            || (written.Length > 1 && written[1].Length > 0 && char.IsLower(written[1][0]) && analyses.Any(a => a.Pos == "prep")));
    }

    // A hyphenated adjective whose parts before the last are compound-adjective parts (koszalińsko-, Prawno-):
    // the text up to the last part, the last part and its adjective readings.
    private (string Prefix, string Last, List<NameReading> Readings)? CompoundAdjective(string word)
    {
        int hyphen = word.LastIndexOf('-');
        if (hyphen <= 0 || hyphen == word.Length - 1 || !word[..hyphen].Split('-').All(IsCompoundAdjectivePart))
        {
            return null;
        }

        string last = word[(hyphen + 1)..];
        List<NameReading> readings = [.. ReadingsOf(last).Where(r => r.IsAdjective)];
        return readings.Count > 0 ? (word[..(hyphen + 1)], last, readings) : null;
    }

    private bool IsCompoundAdjectivePart(string word) => _morphology.Analyze(word).Any(a => a.Tag.StartsWith("adja", StringComparison.Ordinal));

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    // Acronyms, numbers and single letters never decline in a base form (USA, G7, II, K.).
    private static bool IsIndeclinable(string word) =>
        word.Length < 2 || word.Any(char.IsDigit) || Casing.Of(word) == WordCasing.AllCaps;

    private static string CaseOf(string tag) => NameReading.From("", tag)?.Case ?? "-";

    private static (string? Case, string? Number, string? Gender) SignatureOf(string tag) =>
        NameReading.From("", tag) is { } reading ? (reading.Case, reading.Number, reading.Gender) : default;
}
