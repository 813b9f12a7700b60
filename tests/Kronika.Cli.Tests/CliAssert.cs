namespace Kronika.Cli.Tests;

internal static class CliAssert
{
    /// <summary>A failure a user can meet: the expected code and exactly one line on stderr, no stack trace.</summary>
    public static string OneLineFailure(CliResult result, int expectedCode)
    {
        Assert.True(expectedCode == result.ExitCode, $"expected exit {expectedCode}, got {result.ExitCode}; stderr: {result.Stderr}");
        string line = Assert.Single(result.StderrLines);
        Assert.StartsWith("kronika: ", line);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.DoesNotContain("Exception", result.Stderr);
        return line;
    }
}
