namespace KubeSharp.Api.Core.V1;

/// <summary>Scheduling defaults upstream keeps as package constants.</summary>
public static class SchedulingDefaults
{
    public const string DefaultSchedulerName = "default-scheduler";

    /// <summary>The weight of the implicit preferred term behind every required pod affinity term.</summary>
    public const int DefaultHardPodAffinitySymmetricWeight = 1;
}
