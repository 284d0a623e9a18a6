namespace KubeSharp.Scheduler.Framework.Runtime;

/// <summary>A scheduling profile: pods whose spec.schedulerName equals <see cref="SchedulerName"/> use these plugins.</summary>
public sealed record SchedulerProfile(string SchedulerName, IReadOnlyList<PluginConfig> Plugins)
{
    /// <summary>Upstream's per-profile percentageOfNodesToScore; null uses the scheduler-wide value.</summary>
    public int? PercentageOfNodesToScore { get; init; }
}
