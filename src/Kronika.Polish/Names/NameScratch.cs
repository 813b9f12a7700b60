namespace Kronika.Polish.Names;

/// <summary>
/// Working arrays for labelling one sentence, reused from sentence to sentence (one set per thread) so that
/// the recogniser allocates nothing per sentence once they have grown to the longest sentence seen.
/// </summary>
internal sealed class NameScratch
{
    public ulong[] Features = [];
    public byte[] Classes = [];
    public bool[] Outside = [];
    public bool[] Plain = [];
    public ulong[] Words = [];
    public ulong[] Lemmas = [];
    public ulong[] Shapes = [];
    public ulong[] Tags = [];
    public ulong[] Knowledge = [];
    public byte[] Marks = [];
    public int[] RunFirst = [];
    public int[] RunLast = [];
    public bool[] RunHeads = [];
    public byte[] Quoted = [];
    public ulong[] QuotedBy = [];
    public float[] Emissions = [];
    public float[] Best = [];
    public byte[] Back = [];

    /// <summary>Makes every array long enough for a sentence of <paramref name="n"/> words.</summary>
    public void EnsureCapacity(int n)
    {
        if (Classes.Length >= n)
        {
            return;
        }

        int size = Math.Max(n, 2 * Classes.Length);
        Features = new ulong[size * NameFeatures.PerWord];
        Classes = new byte[size];
        Outside = new bool[size];
        Plain = new bool[size];
        Words = new ulong[size];
        Lemmas = new ulong[size];
        Shapes = new ulong[size];
        Tags = new ulong[size];
        Knowledge = new ulong[size];
        Marks = new byte[5 * size];
        RunFirst = new int[size];
        RunLast = new int[size];
        RunHeads = new bool[size];
        Quoted = new byte[size];
        QuotedBy = new ulong[size];
        Emissions = new float[size * NameLabels.Count];
        Best = new float[size * NameLabels.Count];
        Back = new byte[size * NameLabels.Count];
    }
}
