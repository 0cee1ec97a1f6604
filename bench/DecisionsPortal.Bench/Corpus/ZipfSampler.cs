namespace DecisionsPortal.Bench.Corpus;

/// <summary>
/// Picks ranks 0..n-1 with probability proportional to 1/(rank+1)^s: the rank–frequency law of
/// natural language (s ≈ 1), so a few words are everywhere and most are rare.
/// </summary>
public sealed class ZipfSampler
{
    private readonly double[] cumulative;

    public ZipfSampler(int count, double exponent = 1.0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        cumulative = new double[count];
        var sum = 0.0;
        for (var rank = 0; rank < count; rank++)
        {
            sum += 1.0 / Math.Pow(rank + 1, exponent);
            cumulative[rank] = sum;
        }

        for (var rank = 0; rank < count; rank++)
        {
            cumulative[rank] /= sum;
        }
    }

    public int Next(Random random)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }
}
