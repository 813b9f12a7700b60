using Kronika.Fuzz;

namespace Kronika.Properties.Tests.Fuzz;

/// <summary>
/// Every input the fuzzer found a crash or a broken invariant with (minimised, under <c>Fuzz/findings/TARGET/</c>)
/// runs through its target again: the target decodes it, runs its stages and checks every invariant, so a
/// finding passes only while the bug stays fixed.
/// </summary>
public sealed class FindingsReplayTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Fuzz", "findings");

    public static TheoryData<string, string> Findings()
    {
        var findings = new TheoryData<string, string>();
        foreach (string target in FuzzTargets.All.Keys)
        {
            string folder = Path.Combine(Root, target);
            foreach (string file in Directory.Exists(folder) ? Directory.GetFiles(folder).Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
            {
                findings.Add(target, Path.GetFileName(file));
            }
        }

        return findings;
    }

    [Theory]
    [MemberData(nameof(Findings))]
    public void The_finding_is_handled(string target, string finding) =>
        FuzzTargets.All[target](File.ReadAllBytes(Path.Combine(Root, target, finding)));

}
