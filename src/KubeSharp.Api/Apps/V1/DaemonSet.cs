namespace KubeSharp.Api.Apps.V1;

/// <summary>One pod per eligible node.</summary>
[Kind("apps", "v1", "DaemonSet")]
public sealed class DaemonSet : KubeObject
{
    public DaemonSetSpec Spec { get; set; } = new();

    public DaemonSetStatus Status { get; set; } = new();
}
