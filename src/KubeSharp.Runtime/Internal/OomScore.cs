using System.Globalization;

namespace KubeSharp.Runtime.Internal;

/// <summary>
/// Lowering <c>oom_score_adj</c> needs CAP_SYS_RESOURCE in the initial user namespace; inside some sandboxes
/// (and nested containers) it is refused, and runc then fails the whole create. Negative requests (the
/// kubelet's -997 for Guaranteed pods, -998 for the pause process) are clamped to what this host allows.
/// </summary>
internal static class OomScore
{
    private static readonly Lazy<bool> CanLowerLazy = new(Probe);

    public static bool CanLower => CanLowerLazy.Value;

    /// <summary>The requested score, or our own when the host refuses going below it.</summary>
    public static int? Clamp(int? requested)
    {
        if (requested is not { } value || CanLower)
        {
            return requested;
        }

        var own = int.TryParse(File.ReadAllText("/proc/self/oom_score_adj").Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var current) ? current : 0;
        return Math.Max(value, own);
    }

    private static bool Probe()
    {
        var result = CommandRunner.RunAsync("/bin/sh", ["-c", "echo -999 > /proc/self/oom_score_adj"]).GetAwaiter().GetResult();
        return result.ExitCode == 0;
    }
}
