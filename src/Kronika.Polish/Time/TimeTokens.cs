using System.Collections.Immutable;
using System.Globalization;
using Kronika.Core;
using Kronika.Core.Text;
using Kronika.Polish.Tagging;

namespace Kronika.Polish.Time;

/// <summary>
/// One sentence seen by the time rules: per token its lower-cased form, lemma, tag and kind, with the
/// lexicon, and small helpers the rules share (is this word in a category, read a number).
/// </summary>
public sealed class TimeTokens
{
    private readonly Document _document;
    private readonly ImmutableArray<Token> _tokens;
    private readonly ImmutableArray<MorphAnalysis> _morphology;
    private int _first;
    private int _count;
    private readonly TokenView _view;
    private WordCategory[]?[] _formCategories = [];
    private WordCategory[]?[] _lemmaCategories = [];
    private bool? _isFuture;
    private bool? _isPast;
    private bool? _hasVerb;

    // Lower-cased forms and lemmas come from the document's shared token view (the later stages need them too).
    public TimeTokens(Document document, Sentence sentence, TimeLexicon lexicon)
    {
        Lexicon = lexicon;
        _document = document;
        _view = TokenView.Of(document);
        _tokens = document.Tokens;
        _morphology = document.Morphology;
        MoveTo(sentence);
    }

    /// <summary>Looks at another sentence of the same document, reusing the buffers.</summary>
    public void MoveTo(Sentence sentence)
    {
        _first = sentence.FirstToken;
        _count = sentence.TokenCount;
        _isFuture = null;
        _isPast = null;
        _hasVerb = null;
        if (_formCategories.Length < _count)
        {
            int size = Math.Max(_count, _formCategories.Length * 2);
            _formCategories = new WordCategory[]?[size];
            _lemmaCategories = new WordCategory[]?[size];
            return;
        }

        Array.Clear(_formCategories, 0, _count);
        Array.Clear(_lemmaCategories, 0, _count);
    }

    public TimeLexicon Lexicon { get; }

    public int Count => _count;

    /// <summary>The document index of the sentence's first token.</summary>
    internal int First => _first;

    /// <summary>The lemmas of the common nouns (not units of time) among the document's tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    internal HashSet<string> Nouns(int from, int to)
    {
        var nouns = new HashSet<string>(StringComparer.Ordinal);
        for (int i = from; i < to; i++)
        {
            string lemma = _view.LowerLemmas[i];
            if (_morphology[i].Tag.StartsWith("subst", StringComparison.Ordinal) && Lexicon.Lookup("unit", lemma) is null)
            {
                nouns.Add(lemma);
            }
        }

        return nouns;
    }

    public string Lower(int i) => i >= 0 && i < Count ? _view.Lower[_first + i] : "";

    public string Lemma(int i) => i >= 0 && i < Count ? _view.LowerLemmas[_first + i] : "";

    public string Tag(int i) => i >= 0 && i < Count ? _morphology[_first + i].Tag : "";

    public TokenKind Kind(int i) => i >= 0 && i < Count ? _tokens[_first + i].Kind : TokenKind.Punctuation;

    /// <summary>Whether token <paramref name="i"/> is one of <paramref name="words"/> (by form).</summary>
    public bool Is(int i, params ReadOnlySpan<string> words)
    {
        string form = Lower(i);
        foreach (string word in words)
        {
            if (form == word)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The lexicon entry of token <paramref name="i"/> in <paramref name="category"/>: by form first, then by lemma.</summary>
    public string[]? Entry(int i, string category)
    {
        if (Kind(i) is not (TokenKind.Word or TokenKind.Abbreviation))
        {
            return null;
        }

        // Each token's categories are looked up once, by form and by lemma; the rules then ask them by name.
        // A one-letter abbreviation ("W", lemma "wiek") is too ambiguous to stand for its lemma.
        if (TimeLexicon.Find(_formCategories[i] ??= Lexicon.Categories(Lower(i)), category) is { } byForm)
        {
            return byForm;
        }

        return Lower(i).Length > 1 ? TimeLexicon.Find(_lemmaCategories[i] ??= Lexicon.Categories(Lemma(i)), category) : null;
    }

    public int? EntryNumber(int i, string category) =>
        Entry(i, category) is [{ } first, ..] && int.TryParse(first, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int v) ? v : null;

    public string? EntryText(int i, string category) => Entry(i, category) is [{ } first, ..] ? first : null;

    /// <summary>An integer written in digits at <paramref name="i"/> (thousands may be set apart by a space: "25 770"), or null.</summary>
    public int? Digits(int i)
    {
        if (Kind(i) != TokenKind.Number)
        {
            return null;
        }

        string form = Lower(i);
        if (form.Contains(' ', StringComparison.Ordinal) || form.Contains('\u00A0', StringComparison.Ordinal))
        {
            form = form.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal);
        }

        return form.Length <= 9 && int.TryParse(form, NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : null;
    }

    /// <summary>
    /// A cardinal at <paramref name="i"/>, in digits or words (<c>dwadzieścia cztery</c>): its value
    /// (null for an unknown amount like <c>kilka</c>) and the index after it; false when there is none.
    /// </summary>
    public bool TryNumber(int i, out int? value, out int end)
    {
        value = null;
        end = i;
        if (Digits(i) is { } digits)
        {
            end = i + 1;
            value = digits;
            return true;
        }

        string? word = EntryText(i, "number");
        if (word is null)
        {
            return false;
        }

        end = i + 1;
        if (word == "X")
        {
            return true;
        }

        int total = int.Parse(word, CultureInfo.InvariantCulture);
        // Tens followed by units: dwadzieścia cztery.
        if (total is >= 20 and < 100 && total % 10 == 0 && EntryText(end, "number") is { } next
            && int.TryParse(next, NumberStyles.None, CultureInfo.InvariantCulture, out int units) && units is > 0 and < 10)
        {
            total += units;
            end++;
        }

        value = total;
        return true;
    }

    /// <summary>A day of the month in digits at <paramref name="i"/> (1–31, also written "22.", "7-go", "10tego"), or null.</summary>
    public int? Day(int i)
    {
        if (Kind(i) is not (TokenKind.Number or TokenKind.Word))
        {
            return null;
        }

        ReadOnlySpan<char> form = Lower(i).AsSpan().TrimEnd('.');
        int digits = 0;
        while (digits < form.Length && char.IsAsciiDigit(form[digits]))
        {
            digits++;
        }

        // An ordinal ending after the digits ("7-go", "3ci") is one the lexicon knows. Without one or two digits there is no day.
        if (digits is not (1 or 2) || (digits < form.Length && !Lexicon.Contains("dayending", form[digits..].TrimStart('-'))))
        {
            return null;
        }

        return int.TryParse(form[..digits], NumberStyles.None, CultureInfo.InvariantCulture, out int d) && d is >= 1 and <= 31 ? d : null;
    }

    /// <summary>
    /// An ordinal number in words at <paramref name="i"/> in any form (<c>pierwszego</c>, <c>Piętnasty</c>,
    /// <c>trzeciej</c>, <c>osmego</c>), tens with units (<c>dwudziestego pierwszego</c>): its value and the index after.
    /// </summary>
    public int? Ordinal(int i, out int end)
    {
        end = i;
        if (OrdinalWord(i) is not { } value)
        {
            return null;
        }

        end = i + 1;
        if (value is >= 20 and < 100 && value % 10 == 0 && OrdinalWord(i + 1) is { } units and > 0 and < 10)
        {
            value += units;
            end++;
        }

        return value;
    }

    private static readonly string[] AdjectiveEndings = ["ego", "emu", "ymi", "imi", "ych", "ich", "ej", "ym", "im", "ą", "a", "e", "y", "i"];

    private int? OrdinalWord(int i)
    {
        if (Kind(i) != TokenKind.Word)
        {
            return null;
        }

        if (EntryNumber(i, "ordinal") is { } known)
        {
            return known;
        }

        // A form the dictionary does not know (typed without diacritics): its stem with the masculine ending.
        string form = Lower(i);
        foreach (string ending in AdjectiveEndings)
        {
            if (form.Length > ending.Length + 2 && form.EndsWith(ending, StringComparison.Ordinal))
            {
                ReadOnlySpan<char> stem = form.AsSpan(0, form.Length - ending.Length);
                Span<char> masculine = stackalloc char[stem.Length + 1];
                stem.CopyTo(masculine);
                masculine[^1] = 'y';
                return Lexicon.Number("ordinal", masculine) ?? Lexicon.Number("ordinal", stem);
            }
        }

        return null;
    }

    /// <summary>A day of the month at <paramref name="i"/>, in digits ("15", "3ci") or as an ordinal word ("piętnastego"), and the index after.</summary>
    public int? DayOfMonth(int i, out int end)
    {
        if (Day(i) is { } digits)
        {
            end = i + 1;
            return digits;
        }

        return Ordinal(i, out end) is { } word and >= 1 and <= 31 ? word : null;
    }

    /// <summary>
    /// A month name at <paramref name="i"/>: the full name in any form (<c>marca</c>), or an abbreviation
    /// (<c>sie</c>, <c>Sierp.</c>, <c>paź.</c>) with its period; <paramref name="abbreviated"/> tells which.
    /// </summary>
    public int? Month(int i, out int end, out bool abbreviated)
    {
        end = i + 1;
        abbreviated = false;
        if (Kind(i) is not (TokenKind.Word or TokenKind.Abbreviation))
        {
            return null;
        }

        if (EntryNumber(i, "month") is { } month)
        {
            return month;
        }

        if (Lexicon.Number("monthabbr", Lower(i).AsSpan().TrimEnd('.')) is not { } shortMonth)
        {
            return null;
        }

        abbreviated = true;
        end = Is(i + 1, ".") && !Lower(i).EndsWith('.') ? i + 2 : i + 1;
        return shortMonth;
    }

    /// <summary>A day and a month written as one word, either way round: "13Luty", "14kwiecien", "Luty13".</summary>
    public (int Day, int Month)? GluedDayMonth(int i)
    {
        if (Kind(i) != TokenKind.Word)
        {
            return null;
        }

        string form = Lower(i);
        int digits = 0;
        bool leading = form.Length > 0 && char.IsAsciiDigit(form[0]);
        while (digits < form.Length && char.IsAsciiDigit(leading ? form[digits] : form[^(digits + 1)]))
        {
            digits++;
        }

        if (digits is not (1 or 2) || form.Length < digits + 3)
        {
            return null;
        }

        string number = leading ? form[..digits] : form[^digits..];
        string word = TimeLexicon.Fold(leading ? form[digits..] : form[..^digits]);
        return int.Parse(number, CultureInfo.InvariantCulture) is int day and >= 1 and <= 31 && Lexicon.Number("monthabbr", word.AsSpan(0, 3)) is { } month
            ? (day, month)
            : null;
    }

    /// <summary>Whether token <paramref name="i"/> starts with a capital letter although it does not start the sentence (a name).</summary>
    public bool IsCapitalizedInside(int i) =>
        i > 0 && i < Count && char.IsUpper(_document.Text[_tokens[_first + i].Start]) && Kind(i - 1) is not (TokenKind.Quote or TokenKind.Dash or TokenKind.Punctuation);

    /// <summary>Whether token <paramref name="i"/> starts with a capital letter.</summary>
    public bool StartsUpper(int i) => i >= 0 && i < Count && char.IsUpper(_document.Text[_tokens[_first + i].Start]);

    /// <summary>Whether token <paramref name="i"/> is written in capitals only ("IX").</summary>
    public bool IsUpper(int i)
    {
        if (i < 0 || i >= Count)
        {
            return false;
        }

        foreach (char c in _document.SpanOf(_tokens[_first + i]))
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The tense of the verb nearest to token <paramref name="i"/> (its clause's, usually): −1 past (a past-tense or
    /// impersonal form), +1 future (a future form of "być" or a perfective present-tense form), 0 present or no verb.
    /// "pierwsza już dostała wypowiedzenia, druga otrzyma je w listopadzie": the November is ahead.
    /// </summary>
    public int TenseAt(int i)
    {
        for (int distance = 1; distance < Count; distance++)
        {
            foreach (int k in (ReadOnlySpan<int>)[i - distance, i + distance])
            {
                string tag = Tag(k);
                if (tag.StartsWith("praet", StringComparison.Ordinal) || tag.StartsWith("imps", StringComparison.Ordinal))
                {
                    return -1;
                }

                if (tag.StartsWith("bedzie", StringComparison.Ordinal) || tag.StartsWith("fin", StringComparison.Ordinal))
                {
                    return tag.StartsWith("bedzie", StringComparison.Ordinal) || tag.EndsWith(":perf", StringComparison.Ordinal) ? 1 : 0;
                }

                if (tag.StartsWith("winien", StringComparison.Ordinal))
                {
                    return 1; // "powinni się w poniedziałek stawić": what ought to happen is ahead
                }
            }
        }

        return 0;
    }

    /// <summary>Whether the sentence has a verb (finite, past, future, impersonal or infinitive): without one, its tense is unknown.</summary>
    public bool HasVerb => _hasVerb ??= FindsVerb();

    private bool FindsVerb()
    {
        for (int i = 0; i < Count; i++)
        {
            string tag = Tag(i);
            if (tag.StartsWith("fin", StringComparison.Ordinal) || tag.StartsWith("praet", StringComparison.Ordinal) || tag.StartsWith("bedzie", StringComparison.Ordinal)
                || tag.StartsWith("imps", StringComparison.Ordinal) || tag.StartsWith("inf", StringComparison.Ordinal) || tag.StartsWith("pred", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence speaks of the past: a past-tense or impersonal ("rozpoczęto") verb and no future form.</summary>
    public bool IsPast => _isPast ??= SpeaksOfPast();

    private bool SpeaksOfPast()
    {
        bool past = false;
        for (int i = 0; i < Count; i++)
        {
            string tag = Tag(i);
            if (tag.StartsWith("bedzie", StringComparison.Ordinal))
            {
                return false;
            }

            past |= tag.StartsWith("praet", StringComparison.Ordinal) || tag.StartsWith("imps", StringComparison.Ordinal);
        }

        return past;
    }

    /// <summary>
    /// Whether the sentence speaks of the future: a future form of "być" or a perfective present-tense verb,
    /// and no past-tense verb.
    /// </summary>
    public bool IsFuture => _isFuture ??= SpeaksOfFuture();

    private bool SpeaksOfFuture()
    {
        bool future = false;
        for (int i = 0; i < Count; i++)
        {
            string tag = Tag(i);
            if (tag.StartsWith("praet", StringComparison.Ordinal))
            {
                return false;
            }

            future |= tag.StartsWith("bedzie", StringComparison.Ordinal) || (tag.StartsWith("fin", StringComparison.Ordinal) && tag.EndsWith(":perf", StringComparison.Ordinal));
        }

        return future;
    }

    /// <summary>A year in digits at <paramref name="i"/> (1000–2999), or null.</summary>
    public int? Year(int i) => Digits(i) is { } v && v is >= 1000 and <= 2999 && Lower(i).Length == 4 ? v : null;

    /// <summary>Index after "r." / "roku" / "rok" at <paramref name="i"/>, or <paramref name="i"/> when absent.</summary>
    public int SkipYearWord(int i) => Is(i, "r.", "roku", "rok", "r") ? (Is(i, "r") && Is(i + 1, ".") ? i + 2 : i + 1) : i;
}
