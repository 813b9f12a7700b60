using Kronika.Core;
using Kronika.Core.Text;

namespace Kronika.Polish.Quotes;

/// <summary>The state of finding the quotations of one document, paragraph by paragraph and sentence by sentence.</summary>
internal sealed class QuotePass(QuoteCues cues, QuoteTokens t)
{
    /// <summary>How far after a dash or comma that follows a quotation its cue verb may stand (<c>– dodał po chwili</c>).</summary>
    private const int TailReach = 6;

    /// <summary>How far from its verb a subject is looked for; bounds the work on a runaway sentence.</summary>
    private const int SubjectReach = 40;

    private readonly Document _document = t.Document;
    private readonly List<DirectQuote> _direct = [];
    /// <summary>The reported clauses found, each with the index of its quotation.</summary>
    private readonly Dictionary<(int, int), int> _indirect = [];

    /// <summary>The opening and closing marks of the paragraph's quotations.</summary>
    private readonly HashSet<(int, int)> _marked = [];

    /// <summary>The speaker of the sentence before, which a dropped subject continues.</summary>
    private Attribution? _lastSpeaker;

    /// <summary>The subject of the sentence before, which a dropped subject of a verb of saying refers to.</summary>
    private Attribution? _lastSubject;

    /// <summary>The last direct quotation attributed and where it ends, for the sentences it spans.</summary>
    private (Attribution Speaker, int End)? _lastQuote;

    public List<Quote> Quotes { get; } = [];

    public void Read(Paragraph paragraph)
    {
        if (paragraph.SentenceCount == 0)
        {
            return;
        }

        Sentence firstSentence = _document.Sentences[paragraph.FirstSentence];
        Sentence lastSentence = _document.Sentences[paragraph.FirstSentence + paragraph.SentenceCount - 1];
        int first = firstSentence.FirstToken, end = lastSentence.EndToken;
        _direct.Clear();
        _marked.Clear();
        FindDirect(first, end);
        int next = 0;
        for (int s = paragraph.FirstSentence; s < paragraph.FirstSentence + paragraph.SentenceCount; s++)
        {
            Sentence sentence = _document.Sentences[s];
            var clauses = new ClauseMap(t, cues, sentence.FirstToken, sentence.EndToken);
            Attribution? speaker = ReadCues(clauses);
            Attribution? subject = SubjectOfSentence(clauses);
            while (next < _direct.Count && _direct[next].First < sentence.EndToken)
            {
                DirectQuote quote = _direct[next++];
                Attribution attribution = Attribute(quote, clauses, speaker) ?? default;
                Quotes.Add(attribution.ToQuote(Span(quote.First, quote.End), direct: true));
                _lastQuote = (attribution, _document.Tokens[quote.End - 1].End);
            }

            _lastSpeaker = _lastQuote is { } last && last.End > sentence.Start && last.Speaker.Entity is not null ? last.Speaker
                : speaker is { Entity: not null } ? speaker : null;
            _lastSubject = subject;
        }
    }

    /// <summary>The quotations of a paragraph by their marks, and its dialogue speech if it opens with a dash.</summary>
    private void FindDirect(int first, int end)
    {
        List<QuoteMarks.Pair> pairs = QuoteMarks.Find(_document.Text, _document.Tokens, first, end);
        List<DirectQuote> turns = t.Kind(first) == TokenKind.Dash ? Dialogue(first, end)
            : SpeechWithin(first, end) is int dash and >= 0 ? Dialogue(dash, end) : [];
        var speech = new List<DirectQuote>(turns);
        int turn = 0;
        foreach (QuoteMarks.Pair pair in pairs)
        {
            if (IsOutletTitle(pair))
            {
                continue;
            }

            while (turn < turns.Count && turns[turn].End <= pair.Open)
            {
                turn++;
            }

            int stop = pair.Close >= 0 ? pair.Close : end;
            for (int i = pair.Open; i < stop + (pair.Close >= 0 ? 1 : 0); i++)
            {
                t.InQuote[i] = true;
            }

            // Marks inside dialogue speech quote someone within the speech.
            if (pair.Open + 1 < stop && !(turn < turns.Count && turns[turn].First <= pair.Open))
            {
                speech.Add(new DirectQuote(pair.Open + 1, stop, pair.Open, pair.Close));
            }
        }

        if (speech.Count == 0)
        {
            return;
        }

        _direct.AddRange(speech.Count == 1 ? speech : speech.OrderBy(d => d.First));
        foreach (DirectQuote d in _direct)
        {
            if (d.Open >= 0)
            {
                _marked.Add((d.Open, d.Close));
            }
        }
    }

    /// <summary>
    /// The first sentence after the paragraph's first that opens with a dash and has a dash followed by a verb of
    /// saying (<c>Rutte przestrzegł… – Musimy być gotowi – mówił.</c>): the speech starts there; -1 if none.
    /// </summary>
    private int SpeechWithin(int first, int end)
    {
        for (int i = first + 1; i < end; i++)
        {
            if (!IsSpacedDash(i) || t.Lower[i - 1] is not ("." or "!" or "?" or "…"))
            {
                continue;
            }

            int sentenceEnd = _document.Sentences[SentenceOf(i)].EndToken;
            for (int j = i + 2; j < sentenceEnd; j++)
            {
                if (IsSpacedDash(j) && CueWithin(j + 1, Math.Min(sentenceEnd, j + 1 + 4)) >= 0)
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>A dash with space on both sides, as dialogue writes it; not the hyphen of a range (<c>1985-1997</c>) or a compound.</summary>
    private bool IsSpacedDash(int i)
    {
        var tokens = _document.Tokens;
        return t.Kind(i) == TokenKind.Dash && (i == 0 || tokens[i - 1].End < tokens[i].Start)
            && (i + 1 >= tokens.Length || tokens[i].End < tokens[i + 1].Start);
    }

    /// <summary>The quoted title of an outlet right after its noun (<c>dziennik „Bild”</c>, <c>gazeta „Rzeczpospolita”</c>): a name, not a quotation.</summary>
    private bool IsOutletTitle(QuoteMarks.Pair pair) =>
        pair.Close > pair.Open + 1 && pair.Close - pair.Open - 1 <= MaxTitleWords && pair.Open > 0
        && t.Pos(pair.Open - 1) == "subst" && cues.IsMedium(t.Lemmas[pair.Open - 1])
        && char.IsUpper(_document.TextOf(_document.Tokens[pair.Open + 1])[0]);

    /// <summary>The longest outlet title taken for a name rather than a quotation.</summary>
    private const int MaxTitleWords = 4;

    /// <summary>
    /// The speech of a paragraph that opens with a dash: <c>– Nie wiem – powiedział Jan. – Może jutro.</c>
    /// A dash followed closely by a verb of saying starts narration, and the next dash ends it.
    /// </summary>
    private List<DirectQuote> Dialogue(int first, int end)
    {
        var turns = new List<(int First, int End)>();
        var narrations = new List<(int Start, int End)>();
        int start = first + 1;
        for (int i = first + 1; i < end; i++)
        {
            if (!IsSpacedDash(i) || CueWithin(i + 1, Math.Min(end, i + 1 + 4)) < 0)
            {
                continue;
            }

            int narrationEnd = i + 1;
            while (narrationEnd < end && !IsSpacedDash(narrationEnd))
            {
                narrationEnd++;
            }

            turns.Add((start, i));
            narrations.Add((i + 1, narrationEnd));
            start = narrationEnd + 1;
            i = narrationEnd;
        }

        turns.Add((start, end));
        var speech = new List<DirectQuote>();
        for (int k = 0; k < turns.Count; k++)
        {
            (int from, int to) = turns[k];
            if (from >= to)
            {
                continue;
            }

            for (int i = from; i < to; i++)
            {
                t.InQuote[i] = true;
            }

            (int Start, int End) narration = narrations.Count == 0 ? (-1, -1) : narrations[Math.Min(k, narrations.Count - 1)];
            speech.Add(new DirectQuote(from, to, -1, -1, narration.Start, narration.End));
        }

        return speech;
    }

    /// <summary>The speaker of a direct quotation: by the words after it, a colon before it, its sentence, or the sentence before.</summary>
    private Attribution? Attribute(DirectQuote quote, ClauseMap clauses, Attribution? sentenceSpeaker)
    {
        if (quote.NarrationStart >= 0)
        {
            return SpeakerIn(quote.NarrationStart, quote.NarrationEnd);
        }

        if (quote.Open < 0)
        {
            return null;
        }

        if (quote.Close >= 0 && Tail(quote.Close) is { } tail)
        {
            return tail;
        }

        int colon = quote.Open - 1;
        if (colon >= clauses.First && t.Lower[colon] == ":")
        {
            int from = colon;
            while (from > clauses.First && from > colon - SubjectReach && !t.InQuote[from - 1])
            {
                from--;
            }

            int cue = LastCue(from, colon);
            if (cue >= 0)
            {
                return SubjectOf(cue, from, colon, null);
            }

            if (MentionEndingAt(from, colon) is { } named)
            {
                return new Attribution(named.Entity >= 0 ? named.Entity : null, named.Span, null, null);
            }
        }

        if (sentenceSpeaker is not null)
        {
            return sentenceSpeaker;
        }

        return WholeSentence(clauses) || DroppedSubject(clauses) ? _lastSpeaker : null;
    }

    /// <summary><c>„…” – powiedział X</c>, <c>„…”, dodał</c>: a cue verb just after a dash or comma after the closing mark.</summary>
    private Attribution? Tail(int close)
    {
        int sentence = SentenceOf(close);
        int end = _document.Sentences[sentence].EndToken;
        int j = close + 1;
        bool comma = false;
        while (j < end && t.Kind(j) == TokenKind.Punctuation && t.Lower[j] is "," or "." or "!" or "?" or "…" or "?!")
        {
            comma |= t.Lower[j] == ",";
            j++;
        }

        if (j >= end || !(t.Kind(j) == TokenKind.Dash || comma))
        {
            return null;
        }

        if (t.Kind(j) == TokenKind.Dash)
        {
            j++;
        }

        int stop = j;
        while (stop < end && stop < j + SubjectReach && !t.InQuote[stop])
        {
            stop++;
        }

        return SpeakerIn(j, stop);
    }

    /// <summary>The speaker of a stretch of narration: the subject of its first verb of saying, if it has one near its start.</summary>
    private Attribution? SpeakerIn(int from, int end)
    {
        int cue = CueWithin(from, Math.Min(end, from + TailReach));
        return cue < 0 ? null : SubjectOf(cue, from, end, null);
    }

    private int CueWithin(int from, int end)
    {
        for (int i = from; i < end; i++)
        {
            if (t.Kind(i) == TokenKind.Dash)
            {
                return -1;
            }

            if (t.IsVerb(i) && cues.IsVerb(t.Lemmas[i], out _))
            {
                return i;
            }
        }

        return -1;
    }

    private int LastCue(int from, int end)
    {
        for (int i = end - 1; i >= from; i--)
        {
            if (t.IsVerb(i) && cues.IsVerb(t.Lemmas[i], out _))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Reads the cues of a sentence, adds the indirect quotations they introduce and returns the sentence's
    /// speaker: that of its first verb of saying in the main clause, else of its first <c>według</c>-like
    /// phrase, else of any other cue; null when it has no cue.
    /// </summary>
    private Attribution? ReadCues(ClauseMap clauses)
    {
        Attribution? main = null, phrase = null, other = null;
        var pronounPhrases = new List<(int Cue, int Length, int ContentStart)>();
        for (int i = clauses.First; i < clauses.End; i++)
        {
            if (t.InQuote[i])
            {
                continue;
            }

            int length = cues.PrepositionAt(t.Lower, i, clauses.End);
            if (length > 0 && i > clauses.First && t.Pos(i - 1) is "ppron3" or "adj" && t.Lemmas[i - 1] is "on" or "ona" or "oni" or "mój" or "nasz")
            {
                // "jego zdaniem" names the person the sentence is about; "moim zdaniem" the writer, who is no entity.
                int after = i + length < clauses.End && t.Lower[i + length] == "," ? i + length + 1 : i + length;
                if (t.Pos(i - 1) == "ppron3")
                {
                    pronounPhrases.Add((i, length, after));
                }
                else
                {
                    AddIndirect(new Attribution(null, null, Span(i, i + length), t.Lower[i]), ReportedAround(i - 1, after, clauses));
                }

                i = after - 1;
                continue;
            }

            if (length > 0 && i + length < clauses.End)
            {
                int np = i + length;
                int after = PhraseEnd(np, clauses);
                if (t.Pos(np) == "ppron3")
                {
                    pronounPhrases.Add((i, length, after));
                }
                else
                {
                    Attribution by = Genitive(np, after, Span(i, i + length), string.Join(' ', t.Lower[i..(i + length)]));
                    phrase ??= by;
                    AddIndirect(by, ReportedAround(i, after, clauses));
                }

                i = after - 1;
                continue;
            }

            if (t.Pos(i) == "subst" && cues.IsNoun(t.Lemmas[i]))
            {
                int complement = clauses.ComplementOf(t, i, reach: 8);
                if (complement >= 0)
                {
                    Attribution by = Genitive(i + 1, i + 2, Span(i, i + 1), t.Lemmas[i]);
                    other ??= by;
                    AddIndirect(by, ReportedAfter(complement, clauses.End));
                }

                continue;
            }

            if (!t.IsVerb(i) || !cues.IsVerb(t.Lemmas[i], out bool always))
            {
                continue;
            }

            int that = clauses.ComplementOf(t, i);
            bool asSaid = i > clauses.First && cues.IsAs(t.Lemmas[i - 1]);
            if (!always && that < 0 && !asSaid)
            {
                continue;
            }

            Attribution speaker = SubjectOf(i, clauses.First, clauses.End, clauses);
            if (clauses.Of(i) == ClauseMap.Main)
            {
                main ??= speaker;
            }
            else
            {
                other ??= speaker;
            }

            if (that >= 0)
            {
                AddIndirect(speaker, ReportedAfter(that, clauses.End));
            }
            else if (asSaid)
            {
                AddIndirect(speaker, ReportedAroundAs(i - 1, clauses));
            }
        }

        Attribution? sentenceSpeaker = main ?? phrase ?? other;
        foreach ((int cue, int length, int contentStart) in pronounPhrases)
        {
            // "jego zdaniem": the subject before it ("Kim pochwalił traktat, który, jego zdaniem, …"), or the speaker before;
            // a subject after it belongs to the reported words ("Według niego Rosja szykuje się …").
            Attribution by = (sentenceSpeaker ?? SubjectOfSentence(clauses, cue) ?? _lastSpeaker ?? _lastSubject ?? default)
                with { Cue = Span(cue, cue + length), CueLemma = string.Join(' ', t.Lower[cue..(cue + length)]) };
            sentenceSpeaker ??= by;
            AddIndirect(by, ReportedAround(cue, contentStart, clauses));
        }

        return sentenceSpeaker;
    }

    /// <summary>
    /// The speaker named in the genitive phrase <c>[np, end)</c>: its first mention (<c>według Putina</c>,
    /// <c>twierdzenia USA</c>, <c>według niezależnego portalu OWD-Info</c>), or none.
    /// </summary>
    private Attribution Genitive(int np, int end, TextSpan cue, string lemma)
    {
        for (int k = np; k < end && k < t.Count; k++)
        {
            if (t.MentionAt(k) is { } m)
            {
                return new Attribution(m.Entity >= 0 ? m.Entity : null, m.Span, cue, lemma);
            }
        }

        // "według resortu": a bare noun for the body named just before.
        if (np < end && cues.RefersTo(t.Lemmas[np]) is { } heads && !Complemented(np + 1) && RefersBack(np, heads) is { } entity)
        {
            return new Attribution(entity, Span(np, np + 1), cue, lemma);
        }

        return new Attribution(null, null, cue, lemma);
    }

    /// <summary>Where the noun phrase after a <c>według</c>-like cue ends, with a relative clause and comma after it.</summary>
    private int PhraseEnd(int np, ClauseMap clauses)
    {
        // The first word is the speaker's whatever its tag ("według USA"); then genitives and mentions not in the nominative.
        int k = t.MentionAt(np) is { } first ? first.End : np + 1;
        while (k < clauses.End && !t.InQuote[k] && t.Pos(np) != "ppron3")
        {
            if (t.MentionAt(k) is { } m && (!m.Nominative || (m.ByName && AfterGenitiveNoun(k) && cues.IsMedium(t.Lemmas[k - 1]))))
            {
                // A name after an outlet's noun is its apposition, whatever its own tag: "według portalu OWD-Info";
                // after another genitive it begins the reported words: "według doniesień mediów Białoruś…".
                k = m.End;
            }
            else if (!t.InMention(k) && t.Pos(k) is "subst" or "adj" or "depr" or "num" && t.Case(k) == "gen")
            {
                k++;
            }
            else
            {
                break;
            }
        }

        if (k < clauses.End && t.Lower[k] == ",")
        {
            int clause = clauses.Of(k);
            k++;
            if (k < clauses.End && clauses.Of(k) != clause && !clauses.IsReported(clauses.Of(k)))
            {
                int relative = clauses.Of(k);
                while (k < clauses.End && clauses.Of(k) == relative)
                {
                    k++;
                }

                if (k < clauses.End && t.Lower[k] == ",")
                {
                    k++;
                }
            }
        }

        return k;
    }

    private bool AfterGenitiveNoun(int k) => k > 0 && !t.InMention(k - 1) && t.Pos(k - 1) == "subst" && t.Case(k - 1) == "gen";

    /// <summary>
    /// The clause a <c>według</c>-like phrase goes with: the rest of the sentence after it, or, at the end,
    /// the words before it; a phrase set off by dashes or brackets reports the whole sentence around it.
    /// </summary>
    private (int First, int End) ReportedAround(int cue, int after, ClauseMap clauses)
    {
        bool aside = (cue > clauses.First && after < clauses.End && t.Kind(cue - 1) == TokenKind.Dash && t.Kind(after) == TokenKind.Dash)
            || (cue > clauses.First && t.Lower[cue - 1] == "(" && after < clauses.End && t.Lower[after] == ")");
        if (aside)
        {
            return Trimmed(clauses.First, clauses.End);
        }

        (int First, int End) rest = Trimmed(after, clauses.End);
        return rest.First < rest.End ? rest : Trimmed(clauses.First, cue);
    }

    /// <summary><c>Jak powiedział X, …</c> reports what follows the next comma; <c>…, jak powiedział X.</c> what precedes it.</summary>
    private (int First, int End) ReportedAroundAs(int jak, ClauseMap clauses)
    {
        for (int i = jak + 1; i < clauses.End && i < jak + SubjectReach; i++)
        {
            if (t.Lower[i] == "," && !t.InQuote[i])
            {
                return Trimmed(i + 1, clauses.End);
            }
        }

        return Trimmed(clauses.First, jak);
    }

    private (int First, int End) ReportedAfter(int complementizer, int end) => Trimmed(complementizer + 1, end);

    /// <summary>A token range without the punctuation and dashes at its edges.</summary>
    private (int First, int End) Trimmed(int first, int end)
    {
        while (end > first && t.Kind(end - 1) is TokenKind.Punctuation or TokenKind.Dash)
        {
            end--;
        }

        while (first < end && t.Kind(first) is TokenKind.Punctuation or TokenKind.Dash)
        {
            first++;
        }

        return (first, end);
    }

    private void AddIndirect(Attribution speaker, (int First, int End) words)
    {
        if (words.First >= words.End)
        {
            return;
        }

        // A reported clause that is all one direct quotation is that quotation.
        if (t.Kind(words.First) == TokenKind.Quote && _marked.Contains((words.First, words.End - 1)))
        {
            return;
        }

        // Two cues of one clause (powtórzył …, twierdząc, że …) report it once, by the first that names a speaker
        // ("W komunikacie resort przekazał, że …": the noun names nobody, the verb's subject does).
        if (_indirect.TryAdd((words.First, words.End), Quotes.Count))
        {
            Quotes.Add(speaker.ToQuote(Span(words.First, words.End), direct: false));
        }
        else if (speaker.Entity is not null && Quotes[_indirect[(words.First, words.End)]].Speaker is null)
        {
            Quotes[_indirect[(words.First, words.End)]] = speaker.ToQuote(Span(words.First, words.End), direct: false);
        }
    }

    /// <summary>
    /// The speaker as the subject of the verb of saying at <paramref name="verb"/>: the nearest nominative
    /// mention of its clause in <c>[from, end)</c> that agrees with it, before it or else after it (after
    /// it, within a sentence, only a person: "Oskarżył Zachód" has its object there, not its subject); no
    /// entity when the subject is another noun, the first person or left unsaid on purpose
    /// (<c>poinformowano</c>, <c>mówi się</c>); the previous speaker when the subject is dropped.
    /// </summary>
    private Attribution SubjectOf(int verb, int from, int end, ClauseMap? clauses)
    {
        TextSpan cue = Span(verb, verb + 1);
        string lemma = t.Lemmas[verb];
        if (cues.QuotesObject(lemma) && QuotedPerson(verb, end, clauses) is { } quoted)
        {
            return quoted with { Cue = cue, CueLemma = lemma };
        }

        if (t.IsFirstOrSecondPerson(verb) || t.IsImpersonal(verb))
        {
            // "zaznaczono w komunikacie Departamentu Stanu", "czytamy w oświadczeniu": the statement's author.
            return IssuerOfStatement(verb, end) is { } issuer ? issuer with { Cue = cue, CueLemma = lemma } : new Attribution(null, null, cue, lemma);
        }

        int clause = clauses?.Of(verb) ?? 0;
        from = Math.Max(from, verb - SubjectReach);
        end = Math.Min(end, verb + SubjectReach);
        SpeakerMention? before = null, after = null;
        bool otherNominative = false;
        for (int k = from; k < end; k++)
        {
            if (t.InQuote[k] || (clauses is not null && clauses.Of(k) != clause))
            {
                continue;
            }

            if ((t.MentionAt(k) ?? (t.IsOtherNominative(k) ? StandsFor(k) : null)) is { } m)
            {
                if (m.Nominative && Agrees(m, verb))
                {
                    if (m.End <= verb)
                    {
                        before = Coordinated(m) ? m with { Entity = -1 } : m;
                    }
                    else if (m.First > verb && after is null && (clauses is null || m.IsPerson || Inverted(m, verb)))
                    {
                        // "oświadczył rzecznik chińskiego MSZ Lin Jian": the person named after the body speaks.
                        if (!m.IsPerson && t.MentionAt(m.End) is { IsPerson: true, ByName: true } named)
                        {
                            m = named;
                        }

                        after = Coordinated(m) ? m with { Entity = -1 } : m;
                    }
                }

                k = m.End - 1;
                continue;
            }

            otherNominative |= t.IsOtherNominative(k) && AgreesInNumber(k, verb) && (k < verb || k - verb <= 3);
        }

        if ((before ?? after) is { } subject)
        {
            return new Attribution(subject.Entity >= 0 ? subject.Entity : null, subject.Span, cue, lemma);
        }

        // A bare noun right before the verb may be a subject nobody recognised ("Kim podkreślił"): not a dropped one.
        if (otherNominative || UnrecognisedSubject(verb, from))
        {
            return new Attribution(null, null, cue, lemma);
        }

        return (_lastSpeaker ?? _lastSubject ?? default).Through(cue, lemma);
    }

    /// <summary>
    /// The one quoted by a verb like <c>cytować</c>: its accusative object after it (<c>cytuje agencja TASS
    /// rzecznika Kremla</c>), or for <c>cytuje go</c> the speaker or subject before; null when it has none.
    /// </summary>
    private Attribution? QuotedPerson(int verb, int end, ClauseMap? clauses)
    {
        int clause = clauses?.Of(verb) ?? 0;
        for (int k = verb + 1; k < Math.Min(end, verb + TailReach + 2); k++)
        {
            if (t.InQuote[k] || (clauses is not null && clauses.Of(k) != clause))
            {
                break;
            }

            if (t.Pos(k) == "ppron3" && t.Case(k) == "acc")
            {
                return _lastSpeaker ?? _lastSubject;
            }

            if (t.MentionAt(k) is { } m)
            {
                if (!m.Nominative && t.Pos(k - 1) != "prep" && t.Case(k) is "acc" or "gen")
                {
                    return new Attribution(m.Entity >= 0 ? m.Entity : null, m.Span, null, null);
                }

                k = m.End - 1;
            }
        }

        return null;
    }

    /// <summary>
    /// The author of the statement an impersonal verb of saying reads from: the genitive after <c>w komunikacie</c>
    /// (<c>zaznaczono w komunikacie Departamentu Stanu</c>), or with a bare noun the subject of the sentence before
    /// when it spoke of a statement (<c>MSZ wydało oświadczenie. „…” – czytamy w dokumencie</c>); null otherwise.
    /// </summary>
    private Attribution? IssuerOfStatement(int verb, int end)
    {
        int k = verb + 1;
        while (k < end && k <= verb + 3 && t.Lower[k] is not ("w" or "we"))
        {
            k++;
        }

        if (k + 1 >= end || t.Lower[k] is not ("w" or "we") || !cues.IsNoun(t.Lemmas[k + 1]))
        {
            return null;
        }

        if (t.MentionAt(k + 2) is { } author && !author.Nominative)
        {
            return new Attribution(author.Entity >= 0 ? author.Entity : null, author.Span, null, null);
        }

        return !t.InMention(k + 2) && SpokeOfStatement(SentenceOf(verb) - 1) ? _lastSubject : null;
    }

    /// <summary>Whether sentence <paramref name="sentence"/> names a statement (<c>wydało oświadczenie</c>).</summary>
    private bool SpokeOfStatement(int sentence)
    {
        if (sentence < 0)
        {
            return false;
        }

        Sentence s = _document.Sentences[sentence];
        for (int k = s.FirstToken; k < s.EndToken; k++)
        {
            if (!t.InQuote[k] && t.Pos(k) == "subst" && cues.IsNoun(t.Lemmas[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A subject after its verb that is no person: after <c>jak</c> (<c>jak podała agencja Reutera</c>), or a
    /// nominative whose gender only a subject could share with the past verb (<c>poinformowało ministerstwo</c>,
    /// <c>przekazała policja</c>); a masculine noun could as well be the object (<c>Oskarżył Zachód</c>).
    /// </summary>
    private bool Inverted(SpeakerMention m, int verb)
    {
        // Only in the verb's own phrase: "Jak dodał, Unia będzie…" has the reported clause's subject after the comma.
        for (int k = verb + 1; k < m.First; k++)
        {
            if (t.Kind(k) is TokenKind.Punctuation or TokenKind.Dash)
            {
                return false;
            }
        }

        return (verb > 0 && cues.IsAs(t.Lemmas[verb - 1]))
            || (t.Pos(verb) == "praet" && t.Gender(verb) is "f" or "n" && m.Gender == t.Gender(verb));
    }

    /// <summary>
    /// A common noun in the nominative that stands for a speaker: an outlet or body before its name
    /// (<c>agencja Reutera</c>, <c>portal OWD-Info</c>), a noun of saying before its author (<c>oświadczenie MSZ
    /// Rosji mówi</c>), or a bare noun that refers back to a body just named (<c>Resort twierdzi</c>); or null.
    /// </summary>
    private SpeakerMention? StandsFor(int k)
    {
        string lemma = t.Lemmas[k];
        // A gerund has the verb as its lemma; in the nominative its form is the noun ("Oświadczenie MSZ").
        bool medium = cues.IsMedium(lemma), noun = cues.IsNoun(lemma) || (t.Pos(k) == "ger" && cues.IsNoun(t.Lower[k]));
        string[]? refers = cues.RefersTo(lemma);
        if (!medium && !noun && refers is null)
        {
            return null;
        }

        int next = k + 1;
        while (next < t.Count && next <= k + 2 && !t.InMention(next) && t.Pos(next) == "adj")
        {
            next++;
        }

        if ((medium || noun) && next < t.Count && !t.InQuote[next] && t.MentionAt(next) is { } named)
        {
            return named with { First = k, Nominative = true, ByName = true, Gender = t.Gender(k) };
        }

        return refers is not null && next == k + 1 && !Complemented(k + 1) && RefersBack(k, refers) is { } entity
            ? new SpeakerMention(k, k + 1, Span(k, k + 1), entity, Nominative: true, t.Number(k), ByName: false, IsPerson: false, t.Gender(k))
            : null;
    }

    /// <summary>Whether a genitive noun or a name follows, which makes a noun part of another body's name (<c>resort obrony</c>).</summary>
    private bool Complemented(int k) =>
        k < t.Count && (t.MentionAt(k) is { Nominative: false } || (!t.InMention(k) && t.Pos(k) is "subst" or "depr" or "adj" && t.Case(k) == "gen"));

    /// <summary>The organisation mentioned last, in this sentence or the three before, whose name begins with one of <paramref name="heads"/>.</summary>
    private int? RefersBack(int k, string[] heads)
    {
        int from = _document.Sentences[Math.Max(0, SentenceOf(k) - 3)].FirstToken;
        SpeakerMention? best = null;
        foreach (SpeakerMention m in t.Mentions)
        {
            if (m.First >= from && m.End <= k && m.Entity >= 0 && (best is null || m.First > best.Value.First)
                && _document.Entities[m.Entity] is { Type: EntityType.Organization } entity
                && heads.Any(h => entity.Name.StartsWith(h, StringComparison.OrdinalIgnoreCase)))
            {
                best = m;
            }
        }

        return best?.Entity;
    }

    private bool UnrecognisedSubject(int verb, int from) =>
        verb > from && !t.InQuote[verb - 1] && !t.InMention(verb - 1) && t.Pos(verb - 1) is "subst" or "depr"
        && !(verb - 2 >= from && t.Pos(verb - 2) == "prep");

    /// <summary>Two actors joined by "i" speak together, so neither alone is the speaker.</summary>
    private bool Coordinated(SpeakerMention m) =>
        (m.End + 1 < t.Count && t.Lower[m.End] is "i" or "oraz" && t.MentionAt(m.End + 1) is not null)
        || (m.First >= 2 && t.Lower[m.First - 1] is "i" or "oraz" && t.InMention(m.First - 2));

    private bool Agrees(SpeakerMention m, int verb) =>
        m.ByName || m.Number is null || t.Number(verb) is not { } number || m.Number == number;

    private bool AgreesInNumber(int k, int verb) =>
        t.Number(k) is not { } a || t.Number(verb) is not { } b || a == b;

    /// <summary>The subject of the main clause, for a dropped subject in the next sentence: an entity, or null for anything else.</summary>
    private Attribution? SubjectOfSentence(ClauseMap clauses, int? before = null)
    {
        bool verb = false;
        for (int k = clauses.First; k < (before ?? clauses.End); k++)
        {
            if (t.InQuote[k] || clauses.Of(k) != ClauseMap.Main)
            {
                continue;
            }

            if ((t.MentionAt(k) ?? (t.IsOtherNominative(k) ? StandsFor(k) : null)) is { Nominative: true } m)
            {
                return m.Entity >= 0 && !Coordinated(m) ? new Attribution(m.Entity, m.Span, null, null) : null;
            }

            if (t.IsOtherNominative(k))
            {
                return null;
            }

            verb |= t.IsFinite(k) && !t.IsFirstOrSecondPerson(k);
        }

        return verb && before is null ? _lastSubject : null;
    }

    /// <summary>A main clause with a third-person verb and no nominative: its subject is the one before (<c>Wyraził także „…”</c>).</summary>
    private bool DroppedSubject(ClauseMap clauses)
    {
        bool verb = false;
        for (int k = clauses.First; k < clauses.End; k++)
        {
            if (t.InQuote[k] || clauses.Of(k) != ClauseMap.Main)
            {
                continue;
            }

            if (t.IsOtherNominative(k) || t.MentionAt(k) is { Nominative: true })
            {
                return false;
            }

            verb |= t.IsFinite(k) && !t.IsFirstOrSecondPerson(k);
        }

        return verb;
    }

    /// <summary>Whether the sentence is nothing but quoted words and punctuation.</summary>
    private bool WholeSentence(ClauseMap clauses)
    {
        for (int k = clauses.First; k < clauses.End; k++)
        {
            if (!t.InQuote[k] && t.IsWord(k))
            {
                return false;
            }
        }

        return true;
    }

    private SpeakerMention? MentionEndingAt(int from, int end)
    {
        for (int k = from; k < end; k++)
        {
            if (t.MentionAt(k) is { } m && m.End == end)
            {
                return m;
            }
        }

        return null;
    }

    private int SentenceOf(int token)
    {
        int lo = 0, hi = _document.Sentences.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (_document.Sentences[mid].FirstToken <= token)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    private TextSpan Span(int first, int end) => new(_document.Tokens[first].Start, _document.Tokens[end - 1].End);
}
