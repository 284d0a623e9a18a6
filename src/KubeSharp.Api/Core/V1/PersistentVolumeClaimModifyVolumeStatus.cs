namespace KubeSharp.Api.Core.V1;

/// <summary>Values of <see cref="ModifyVolumeStatus.Status"/>.</summary>
public static class PersistentVolumeClaimModifyVolumeStatus
{
    public const string Pending = "Pending";
    public const string InProgress = "InProgress";
    public const string Infeasible = "Infeasible";
}
