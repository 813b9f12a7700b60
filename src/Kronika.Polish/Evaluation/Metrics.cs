namespace Kronika.Polish.Evaluation;

/// <summary>The arithmetic every evaluation shares: ratios that are 0 on empty denominators, and F1.</summary>
public static class Metrics
{
    public static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    public static double F1(double precision, double recall) =>
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
