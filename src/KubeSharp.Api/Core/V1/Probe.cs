namespace KubeSharp.Api.Core.V1;

/// <summary>A health check of a container: the action (inherited) and its timing and thresholds.</summary>
public sealed class Probe : ProbeHandler
{
    public int? InitialDelaySeconds { get; set; }

    /// <summary>Defaults to 1.</summary>
    public int? TimeoutSeconds { get; set; }

    /// <summary>Defaults to 10.</summary>
    public int? PeriodSeconds { get; set; }

    /// <summary>Defaults to 1; must be 1 for liveness and startup probes.</summary>
    public int? SuccessThreshold { get; set; }

    /// <summary>Defaults to 3.</summary>
    public int? FailureThreshold { get; set; }

    /// <summary>Overrides the pod's grace period when this probe kills the container.</summary>
    public long? TerminationGracePeriodSeconds { get; set; }
}
