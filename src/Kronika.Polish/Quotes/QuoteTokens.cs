using Kronika.Core;
using Kronika.Core.Text;
using Kronika.Polish.Tagging;

namespace Kronika.Polish.Quotes;

/// <summary>A mention that can be a speaker: a person, organisation or state named or described (not an adjective).</summary>
/// <param name="Entity">The entity, or -1 when the same words refer to two entities (<c>obaj przywódcy</c>) and the speaker is not one.</param>
/// <param name="Nominative">Whether the mention is in the nominative, and so can be a subject.</param>
/// <param name="Gender">The grammatical gender of its head word, when the tag gives one.</param>
internal readonly record struct SpeakerMention(int First, int End, TextSpan Span, int Entity, bool Nominative, string? Number, bool ByName, bool IsPerson, string? Gender = null);

/// <summary>What the quotation finder needs of each token of a document, computed once: form, lemma, parsed tag, the speaker mentions.</summary>
internal sealed class QuoteTokens
{
    private readonly ParsedTag[] _tags;
    private readonly int[] _mentionAt;
    private readonly bool[] _inMention;

    public QuoteTokens(Document document)
    {
        Document = document;
        var view = TokenView.Of(document);
        int n = view.Count;
        Lower = view.Lower;
        Lemmas = view.LowerLemmas;
        _tags = view.Tags;
        _mentionAt = new int[n];
        _inMention = new bool[n];
        InQuote = new bool[n];
        Array.Fill(_mentionAt, -1);

        foreach (EntityMention m in document.Mentions)
        {
            // Every mention is a noun phrase that is not "some other subject", but only actors can speak.
            for (int i = m.FirstToken; i < m.EndToken; i++)
            {
                _inMention[i] = true;
            }

            if (m.Kind is MentionKind.Adjective || document.Entities[m.Entity].Type is not (EntityType.Person or EntityType.Organization or EntityType.Country))
            {
                continue;
            }

            int known = _mentionAt[m.FirstToken];
            if (known >= 0 && Mentions[known].End == m.EndToken)
            {
                // The same words for a second entity: not one speaker.
                Mentions[known] = Mentions[known] with { Entity = Mentions[known].Entity == m.Entity ? m.Entity : -1 };
            }
            else if (known < 0 || Mentions[known].End < m.EndToken)
            {
                _mentionAt[m.FirstToken] = Mentions.Count;
                Mentions.Add(Describe(m));
            }
        }
    }

    public Document Document { get; }

    public string[] Lower { get; }

    public string[] Lemmas { get; }

    /// <summary>Tokens between quotation marks (or in the speech of a dialogue), marks included.</summary>
    public bool[] InQuote { get; }

    public List<SpeakerMention> Mentions { get; } = [];

    public int Count => Lower.Length;

    public string Pos(int i) => _tags[i].Pos;

    public string? Case(int i) => _tags[i].Case;

    public string? Number(int i) => _tags[i].Get("number");

    public string? Person(int i) => _tags[i].Get("person");

    public string? Gender(int i) => _tags[i].Get("gender");

    public TokenKind Kind(int i) => Document.Tokens[i].Kind;

    /// <summary>The longest speaker mention starting at token <paramref name="i"/>, or null.</summary>
    public SpeakerMention? MentionAt(int i) => i >= 0 && i < Count && _mentionAt[i] >= 0 ? Mentions[_mentionAt[i]] : null;

    public bool InMention(int i) => _inMention[i];

    public bool IsVerb(int i) => Pos(i) is "fin" or "praet" or "pcon" or "pant" or "inf" or "imps" or "bedzie" or "impt" or "winien";

    /// <summary>A finite verb form with a subject: present, past, future.</summary>
    public bool IsFinite(int i) => Pos(i) is "fin" or "praet" or "bedzie" or "winien";

    /// <summary>Whether the verb at <paramref name="i"/> is in the first or second person (<c>mówię</c>, <c>powiedziałem</c>).</summary>
    public bool IsFirstOrSecondPerson(int i) =>
        Person(i) is "pri" or "sec" || (Pos(i) == "praet" && i + 1 < Count && Pos(i + 1) == "aglt");

    /// <summary>A verb whose subject is nobody in particular: <c>poinformowano</c>, <c>mówi się</c>, <c>podkreśla się</c>.</summary>
    public bool IsImpersonal(int i) =>
        Pos(i) == "imps" || (i + 1 < Count && Lower[i + 1] == "się") || (i > 0 && Lower[i - 1] == "się" && Pos(i) is "fin" or "praet");

    /// <summary>A noun or pronoun in the nominative outside any speaker mention: a subject that names no speaker.</summary>
    public bool IsOtherNominative(int i) =>
        !_inMention[i] && Pos(i) is "subst" or "depr" or "ger" or "ppron3" or "ppron12" && Case(i) == "nom";

    public bool IsWord(int i) => Kind(i) is TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation or TokenKind.Initial;

    /// <summary>
    /// Whether a finite verb follows, with at most an adverb or particle between: a name right before its
    /// verb is its subject ("Szojgu zapewnił", "Maduro oskarżył"), whatever case the tagger guessed for a
    /// foreign name the dictionary does not know.
    /// </summary>
    private bool BeforeFiniteVerb(int end)
    {
        int k = end;
        if (k < Count && Pos(k) is "adv" or "qub")
        {
            k++;
        }

        return k < Count && IsFinite(k);
    }

    /// <summary>A common noun right before a name makes the name its complement ("rzecznik Departamentu Stanu USA").</summary>
    public bool AfterCommonNoun(int first) => first > 0 && !_inMention[first - 1] && Pos(first - 1) is "subst" or "depr" or "ger";

    private SpeakerMention Describe(EntityMention m)
    {
        // A name written as its base form is in the nominative whatever the tagger made of it ("Kim" is also "kto").
        string text = Document.TextOf(m.Span);
        int head = m.FirstToken;
        while (head < m.EndToken - 1 && Pos(head) is not ("subst" or "depr" or "ger" or "ppron3"))
        {
            head++;
        }

        // A foreign name the dictionary does not know ("Xi", "Maduro") has no case: only a preposition rules it out.
        bool afterPreposition = m.FirstToken > 0 && Pos(m.FirstToken - 1) == "prep";
        bool byName = m.Kind == MentionKind.Name;
        // A body's name after a common noun in another case is in that noun's case ("w telewizji CNN", "agencji AP");
        // a person's name there is in apposition to the role before ("przewodniczący delegacji Władimir Miedinski").
        bool afterOblique = Document.Entities[m.Entity].Type != EntityType.Person && Case(head) != "nom"
            && AfterCommonNoun(m.FirstToken) && Case(m.FirstToken - 1) is { } nounCase && nounCase != "nom";
        bool nominative = !afterPreposition && !afterOblique
            && (string.Equals(text, m.Lemma, StringComparison.OrdinalIgnoreCase) || Case(head) == "nom" || (byName && Case(head) is null)
                || (byName && BeforeFiniteVerb(m.EndToken) && !AfterCommonNoun(m.FirstToken)));
        bool person = Document.Entities[m.Entity].Type == EntityType.Person;
        return new SpeakerMention(m.FirstToken, m.EndToken, m.Span, m.Entity, nominative, Number(head), byName, person, Gender(head));
    }
}
