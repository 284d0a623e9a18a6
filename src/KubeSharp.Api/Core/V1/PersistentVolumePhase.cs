namespace KubeSharp.Api.Core.V1;

/// <summary>Phases of a PersistentVolume.</summary>
public static class PersistentVolumePhase
{
    public const string Pending = "Pending";
    public const string Available = "Available";
    public const string Bound = "Bound";
    public const string Released = "Released";
    public const string Failed = "Failed";
}
