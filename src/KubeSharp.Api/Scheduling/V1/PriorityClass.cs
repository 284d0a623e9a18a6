namespace KubeSharp.Api.Scheduling.V1;

/// <summary>Maps a priority class name to the integer priority pods using it receive.</summary>
[Kind("scheduling.k8s.io", "v1", "PriorityClass")]
public sealed class PriorityClass : KubeObject
{
    public int Value { get; set; }

    public bool? GlobalDefault { get; set; }

    public string? Description { get; set; }

    /// <summary>"Never" or "PreemptLowerPriority" (the default); core/v1 PreemptionPolicy.</summary>
    public string? PreemptionPolicy { get; set; }
}
