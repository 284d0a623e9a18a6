namespace KubeSharp.Bench.Storage;

/// <summary>Nearest-rank percentiles over recorded latencies, in milliseconds.</summary>
internal static class Percentiles
{
    public static double Of(List<double> milliseconds, double percentile)
    {
        if (milliseconds.Count == 0)
        {
            return double.NaN;
        }

        milliseconds.Sort();
        var rank = (int)Math.Ceiling(percentile / 100 * milliseconds.Count) - 1;
        return milliseconds[Math.Clamp(rank, 0, milliseconds.Count - 1)];
    }
}
