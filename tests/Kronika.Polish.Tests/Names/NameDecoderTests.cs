using Kronika.Polish.Names;

namespace Kronika.Polish.Tests.Names;

public class NameDecoderTests
{
    [Fact]
    public void Scoring_all_labels_of_a_word_together_makes_the_choices_of_scoring_them_one_by_one()
    {
        // Scores drawn from a few values, so that ties (where the first best predecessor must win) are common;
        // words marked outside here and there, and every capitalisation class.
        var random = new Random(21);
        int count = NameLabels.Count;
        float[] values = [-2f, -0.5f, 0f, 0.25f, 1f, 3f];
        int differentFromOutside = 0;
        for (int trial = 0; trial < 300; trial++)
        {
            var transitions = new float[6 * count * count];
            for (int t = 0; t < transitions.Length; t++)
            {
                transitions[t] = values[random.Next(values.Length)];
            }

            int n = random.Next(1, 30);
            var emissions = new float[n * count];
            for (int e = 0; e < emissions.Length; e++)
            {
                emissions[e] = random.Next(3) == 0 ? values[random.Next(values.Length)] : (float)(random.NextDouble() * 6 - 3);
            }

            var classes = new byte[n];
            var outside = new bool[n];
            for (int i = 0; i < n; i++)
            {
                classes[i] = (byte)random.Next(6);
                outside[i] = random.Next(3) == 0;
            }

            var oneByOne = new int[n];
            var together = new int[n];
            NameDecoder.Decode(emissions, transitions, classes, outside, oneByOne);
            NameDecoder.Decode(emissions, transitions, classes, outside, together, rows: NameDecoder.Rows(transitions));
            Assert.Equal(oneByOne, together);
            differentFromOutside += oneByOne.Count(label => label != NameLabels.Outside);
        }

        Assert.True(differentFromOutside > 500, $"only {differentFromOutside} words got a name label");
    }
}
