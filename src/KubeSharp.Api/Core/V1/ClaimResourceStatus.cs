namespace KubeSharp.Api.Core.V1;

/// <summary>Values of <see cref="PersistentVolumeClaimStatus.AllocatedResourceStatuses"/> during a resize.</summary>
public static class ClaimResourceStatus
{
    public const string ControllerResizeInProgress = "ControllerResizeInProgress";
    public const string ControllerResizeFailed = "ControllerResizeFailed";
    public const string NodeResizePending = "NodeResizePending";
    public const string NodeResizeInProgress = "NodeResizeInProgress";
    public const string NodeResizeFailed = "NodeResizeFailed";
}
