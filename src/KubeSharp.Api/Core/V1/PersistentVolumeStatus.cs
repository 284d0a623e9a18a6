namespace KubeSharp.Api.Core.V1;

/// <summary>The observed state of a PersistentVolume.</summary>
public sealed class PersistentVolumeStatus : KubeModel
{
    /// <summary>One of <see cref="PersistentVolumePhase"/>.</summary>
    public string? Phase { get; set; }

    public string? Message { get; set; }

    public string? Reason { get; set; }

    public DateTimeOffset? LastPhaseTransitionTime { get; set; }
}
