using System.Globalization;

namespace KubeSharp.Bench.Api;

/// <summary>
/// CPU time consumed by the calling thread, from Linux's /proc/thread-self/schedstat (nanoseconds on CPU). On
/// a shared, loaded machine wall time mostly measures the neighbours; operations per CPU-second of the
/// measuring thread is the per-core figure the benchmark reports.
/// </summary>
internal static class ThreadCpuClock
{
    public static TimeSpan Now()
    {
        var text = File.ReadAllText("/proc/thread-self/schedstat");
        var end = text.IndexOf(' ', StringComparison.Ordinal);
        var nanoseconds = long.Parse(text.AsSpan(0, end < 0 ? text.Length : end), NumberStyles.None, CultureInfo.InvariantCulture);
        return TimeSpan.FromTicks(nanoseconds / 100);
    }
}
