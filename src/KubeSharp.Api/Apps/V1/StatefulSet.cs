namespace KubeSharp.Api.Apps.V1;

/// <summary>Pods with stable identities (name, network identity, storage), created and updated in ordinal order.</summary>
[Kind("apps", "v1", "StatefulSet")]
public sealed class StatefulSet : KubeObject
{
    public StatefulSetSpec Spec { get; set; } = new();

    public StatefulSetStatus Status { get; set; } = new();
}
