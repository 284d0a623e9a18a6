namespace KubeSharp.Api.Core.V1;

/// <summary>Phases of a PersistentVolumeClaim.</summary>
public static class PersistentVolumeClaimPhase
{
    public const string Pending = "Pending";
    public const string Bound = "Bound";
    public const string Lost = "Lost";
}
