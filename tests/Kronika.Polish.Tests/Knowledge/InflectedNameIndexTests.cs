using Kronika.Polish.Knowledge;

namespace Kronika.Polish.Tests.Knowledge;

/// <summary>People of the knowledge base met by their declined names, on a small list of the team's own and on the shipped one.</summary>
public sealed class InflectedNameIndexTests
{
    private static readonly string[] PeopleLines =
    [
        "nowak-jan | Jan Nowak | Nowak | POL | m",
        "nowak-anna | Anna Nowak | - | POL | f",
        "kowalski | Piotr Kowalski | - | POL | m",
        "jelcow | Borys Jelcow | - | RUS | m",
        "rees | Jacob Rees-Mogg | - | GBR | m",
        "li-a | Li Wei | - | CHN | m",
        "li-b | Li Weia | - | CHN | m",
    ];

    private static InflectedNameIndex Index() => new(
        KnowledgeBaseReader.ReadPeople("people", PeopleLines),
        PolishDataFiles.ReadLines(InflectedNameIndex.EndingsFile));

    [Theory]
    [InlineData("Jana Nowaka", "Jan Nowak")]
    [InlineData("Janowi Nowakowi", "Jan Nowak")]
    [InlineData("Anny Nowak", "Anna Nowak")]
    [InlineData("Annę Nowak", "Anna Nowak")]
    [InlineData("Piotra Kowalskiego", "Piotr Kowalski")]
    [InlineData("Piotrem Kowalskim", "Piotr Kowalski")]
    [InlineData("Borysa Jelcowa", "Borys Jelcow")]
    [InlineData("Borysowi Jelcowowi", "Borys Jelcow")]
    [InlineData("Jacoba Rees-Mogga", "Jacob Rees-Mogg")]
    public void A_declined_name_meets_its_person(string written, string expected) =>
        Assert.Equal(expected, Index().Find(written.Split(' '))?.Name);

    [Theory]
    [InlineData("Nowaka")] // a surname alone: the resolver's to link within the document
    [InlineData("Jana Kowalskiego")] // the first name of one person, the surname of another
    [InlineData("Pawła Nowaka")] // nobody of that first name
    [InlineData("Jana Nowaka Kowalskiego")] // more words than any entry
    [InlineData("Li Weia")] // stems of two people: not the index's to choose
    public void A_name_that_meets_no_one_person_meets_none(string written) =>
        Assert.Null(Index().Find(written.Split(' ')));

    [Theory]
    [InlineData("Theresy May", "Theresa May")]
    [InlineData("Dmitrija Pieskowa", "Dmitrij Pieskow")]
    [InlineData("Siergiejowi Ławrowowi", "Siergiej Ławrow")]
    public void The_shipped_knowledge_base_meets_people_in_the_news(string written, string expected) =>
        Assert.Equal(expected, KnowledgeBase.Load().PeopleByDeclinedName.Find(written.Split(' '))?.Name);
}
