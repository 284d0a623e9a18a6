namespace KubeSharp.Kubelet.Simulated;

/// <summary>
/// Annotations on a pod that tell a simulated node how its containers behave (the role kwok's stages play). The
/// simulated runtime reads them from the sandbox annotations the kubelet passes down, as a real runtime would run
/// the image's program. Durations are Go durations (<c>30s</c>, <c>1m30s</c>).
/// </summary>
public static class SimulatedAnnotations
{
    /// <summary>Every container exits with code 0 this long after it starts (a Job's pod that completes).</summary>
    public const string CompleteAfter = "simulated.kubesharp.io/complete-after";

    /// <summary>Every container exits with code 1 this long after it starts (a crashing program).</summary>
    public const string FailAfter = "simulated.kubesharp.io/fail-after";

    /// <summary><c>"true"</c>: containers run but never pass readiness, so the pod stays not Ready.</summary>
    public const string NotReady = "simulated.kubesharp.io/not-ready";

    /// <summary>The exit code <see cref="FailAfter"/> uses. Default 1.</summary>
    public const string ExitCode = "simulated.kubesharp.io/exit-code";
}
