namespace Kronika.Cli.Tests;

public sealed class LemmatizeTests
{
    [Fact]
    public void Names_get_their_base_form_one_per_line()
    {
        CliResult result = KronikaProcess.Run(["lemmatize", "--names"], stdin: "Korei Północnej\nWładimira Putina\nDepartamentu Stanu USA\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Korea Północna\nWładimir Putin\nDepartament Stanu USA\n", result.Stdout);
    }

    [Fact]
    public void Empty_lines_stay_empty_and_the_line_count_is_kept()
    {
        CliResult result = KronikaProcess.Run(["lemmatize", "--names"], stdin: "Białego Domu\n\n\nKim Dzong Una");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Biały Dom\n\n\nKim Dzong Un\n", result.Stdout);
    }

    [Fact]
    public void Without_names_it_is_a_usage_error()
    {
        CliResult result = KronikaProcess.Run(["lemmatize"], stdin: "Polski\n");

        Assert.Equal(64, result.ExitCode);
        Assert.Contains("--names", result.Stderr);
    }
}
