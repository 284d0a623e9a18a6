namespace KubeSharp.Api.Core.V1;

/// <summary>Types of <see cref="PersistentVolumeClaimCondition"/>.</summary>
public static class PersistentVolumeClaimConditionType
{
    public const string Resizing = "Resizing";
    public const string FileSystemResizePending = "FileSystemResizePending";
    public const string ModifyVolumeError = "ModifyVolumeError";
    public const string ModifyingVolume = "ModifyingVolume";
}
