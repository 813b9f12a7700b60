namespace Kronika.Polish.Tests.Actors;

/// <summary>
/// The people the team's test passages keep meeting, as <c>people.txt</c> lines, so that stage tests that
/// resolve actors do not change when the shipped knowledge base does. Each test adds the others it needs.
/// </summary>
public static class TestPeople
{
    public static readonly string[] Leaders =
    [
        "putin | Władimir Putin | Putin | RUS | m",
        "    prezydent | RUS | RUSGOV | 2012-05-07 |",
        "    przywódca | RUS | RUSGOV | 2000-05-07 |",
        "kim-dzong-un | Kim Dzong Un | Kim | PRK | m",
        "    przywódca | PRK | PRKGOV | 2011-12-17 |",
        "blinken | Antony Blinken | Blinken | USA | m",
        "    sekretarz stanu | USA | USAGOV | 2021-01-26 | 2025-01-20",
        "lawrow | Siergiej Ławrow | Ławrow | RUS | m",
        "    minister spraw zagranicznych | RUS | RUSGOV | 2004-03-09 |",
        "zelenski | Wołodymyr Zełenski | Zełenski | UKR | m",
        "    prezydent | UKR | UKRGOV | 2019-05-20 |",
        "tusk | Donald Tusk | Tusk | POL | m",
        "    premier | POL | POLGOV | 2023-12-13 |",
        "sikorski | Radosław Sikorski | Sikorski | POL | m",
        "    minister spraw zagranicznych | POL | POLGOV | 2023-12-13 |",
    ];
}
